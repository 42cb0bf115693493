package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.HostPackages;

/**
 * The edit script with the Ruby HOCON parser the Jitsi packages bring (Debian's ruby-hocon), on a
 * jvb.conf as the videobridge package writes it: its MUC nickname is an unquoted random UUID, and
 * one such as {@code 5e8210cd-...} reads to the parser as a number too large for it.
 */
class HoconEditRubyTest {
    private static final String NICKNAME = "5e8210cd-4f1a-4c2b-9d3e-0a1b2c3d4e5f";

    @Test
    void aNicknameThatLooksLikeAHugeNumberIsQuotedAndTheSettingMade(@TempDir Path dir) throws Exception {
        if (HostCommand.of("bash", "-c", "ruby -rhocon -e 0").runAllowingFailure().exitCode() != 0) {
            HostPackages.ensureInstalled();
        }
        Path jvbConf = dir.resolve("jvb.conf");
        Files.writeString(jvbConf, """
                videobridge {
                    apis.xmpp-client.configs {
                        shard {
                            HOSTNAME=localhost
                            MUC_NICKNAME=%s
                        }
                    }
                }
                """.formatted(NICKNAME));
        HoconEdit edit = HoconEdit.of(jvbConf.toString(), "jvb").set("ice4j.harvest.mapping.stun.addresses",
                List.of("meet.example.org:3478"));

        HostCommand.Result rendered = HostCommand.of("bash", "-c", edit.renderScript()).runAllowingFailure();

        assertEquals(0, rendered.exitCode(), rendered.output());
        Config config = ConfigFactory.parseString(rendered.output());
        assertEquals(NICKNAME, config.getString("videobridge.apis.xmpp-client.configs.shard.MUC_NICKNAME"));
        assertEquals(List.of("meet.example.org:3478"), config.getStringList("ice4j.harvest.mapping.stun.addresses"));
        assertTrue(rendered.output().contains("MUC_NICKNAME=\"" + NICKNAME + "\""), rendered.output());
        assertTrue(rendered.output().contains("HOSTNAME=localhost"), "the rest as it was: " + rendered.output());
    }
}
