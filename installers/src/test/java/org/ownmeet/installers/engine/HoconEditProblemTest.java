package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** A settings file with a mistake in it is left alone, with a message in plain words, not a crash. */
class HoconEditProblemTest {
    private static final String PATH = "/etc/jitsi/videobridge/jvb.conf";
    private static final String RUBY_ERROR = """
            /usr/lib/ruby/vendor_ruby/hocon/impl/parseable.rb:107:in `parse_value': /etc/jitsi/videobridge/jvb.conf: 4: \
            Expecting close brace } or a comma, got end of file (Hocon::ConfigError::ConfigParseError)
            \tfrom /usr/lib/ruby/vendor_ruby/hocon/parser/config_document_factory.rb:20:in `parse_file'
            \tfrom -e:1:in `<main>'
            """;

    private static ServerState state(String file, String rendered) {
        return new ServerState(Map.of(PATH, new FileSnapshot(PATH, true, file.getBytes(StandardCharsets.UTF_8), "640", "jvb", "jitsi")),
                Map.of("jvb-conf-test", rendered));
    }

    @Test
    void aFileThatDoesNotParseIsNamedWithWhatTheReaderFound() {
        HoconEdit edit = HoconEdit.of(PATH, "jvb-conf-test").set("videobridge.loudest.route-loudest-only", true);
        UnreadableSettingsProblem problem = assertThrows(UnreadableSettingsProblem.class,
                () -> edit.change(state("videobridge {\n  ice {\n", RUBY_ERROR), "why", Set.of("jitsi-videobridge2")));
        assertTrue(problem.userMessage().startsWith("OwnMeet could not change the settings file " + PATH + " on the server "
                + "safely, so it left the file as it was."), problem.userMessage());
        assertEquals("setting videobridge.loudest.route-loudest-only did not give a valid file (the file does not parse as it is): "
                + "/etc/jitsi/videobridge/jvb.conf: 4: Expecting close brace } or a comma, got end of file "
                + "(Hocon::ConfigError::ConfigParseError)", problem.detail());
    }

    @Test
    void aRenderingWithoutTheSettingIsRefusedToo() {
        HoconEdit edit = HoconEdit.of(PATH, "jvb-conf-test").set("videobridge.loudest.route-loudest-only", true);
        UnreadableSettingsProblem problem = assertThrows(UnreadableSettingsProblem.class,
                () -> edit.change(state("videobridge.loudest = 5\n", "videobridge.loudest = 5\n"), "why", Set.of()));
        assertEquals("setting videobridge.loudest.route-loudest-only did not give a valid file: videobridge.loudest = 5",
                problem.detail());
    }
}
