package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HoconEditTest {
    private static final String JVB = """
            videobridge {
                ice {
                    udp { port = 10000 }
                }
                # a comment the packages wrote
                apis.xmpp-client.configs { }
            }
            """;

    @Test
    void settingsAreComparedAsValuesNotAsText() {
        HoconEdit edit = HoconEdit.of("/etc/jitsi/videobridge/jvb.conf", "jvb-conf-test")
                .set("videobridge.ice.udp.port", 10000)
                .set("videobridge.redact-remote-addresses", true);
        assertFalse(edit.isApplied(JVB), "redact-remote-addresses is missing");
        assertTrue(edit.isApplied(JVB + "videobridge.redact-remote-addresses = true\n"));
        assertTrue(edit.isApplied(JVB.replace("udp { port = 10000 }", "udp.port: 10000") + "videobridge { redact-remote-addresses: true }"));
        assertFalse(edit.isApplied(JVB + "videobridge.redact-remote-addresses = \"yes\"\n"));
    }

    @Test
    void aRemovedKeyMustBeGone() {
        HoconEdit edit = HoconEdit.of("/x.conf", "x").remove("videobridge.ice.udp.port");
        assertFalse(edit.isApplied(JVB));
        assertTrue(edit.isApplied("videobridge { }"));
    }

    @Test
    void listsAndStrings() {
        HoconEdit edit = HoconEdit.of("/x.conf", "x").set("ice4j.harvest.mapping.stun.addresses", List.of("meet.example.org:3478"));
        assertTrue(edit.isApplied("ice4j.harvest.mapping.stun.addresses = [ \"meet.example.org:3478\" ]"));
        assertFalse(edit.isApplied("ice4j.harvest.mapping.stun.addresses = [ \"meet-jit-si-turnrelay.jitsi.net:443\" ]"));
        assertFalse(edit.isApplied("this is { not hocon"), "a file that does not parse never has the settings");
    }

    @Test
    void keysAndValuesAreArgumentsNotPartOfTheProgram() {
        String script = HoconEdit.of("/etc/jitsi/jicofo/jicofo.conf", "x").set("jicofo.authentication.login-url", "it's.example.org")
                .remove("jicofo.old").renderScript();
        assertTrue(script.endsWith("'/etc/jitsi/jicofo/jicofo.conf' set 'jicofo.authentication.login-url' '\"it'\\''s.example.org\"'"
                + " remove 'jicofo.old' -"), script);
        assertEquals(1, script.split("-e '", -1).length - 1);
    }
}
