package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Redaction;
import org.ownmeet.installers.secret.Secret;

/** Jitsi's own passwords found in its files are masked wherever they appear afterwards, also without their quotes. */
class ServerSecretsTest {
    @Test
    void theVideobridgesShardPasswordIsMaskedBareAsWellAsQuoted() {
        String quoted = "jvb" + UUID.randomUUID().toString().substring(0, 8);
        String bare = "leg" + UUID.randomUUID().toString().substring(0, 8);
        ServerSecrets.learn("""
                videobridge {
                  apis { xmpp-client { configs { shard {
                    USERNAME = "jvb"
                    PASSWORD = "%s"
                  } } } }
                }
                """.formatted(quoted));
        ServerSecrets.learn("org.jitsi.videobridge.xmpp.user.shard.PASSWORD=" + bare + "\n");

        assertEquals("prosodyctl passwd jvb@auth: " + Secret.MASK, Redaction.apply("prosodyctl passwd jvb@auth: " + quoted));
        assertEquals("PASSWORD = \"" + Secret.MASK + "\"", Redaction.apply("PASSWORD = \"" + quoted + "\""));
        assertEquals("shard.PASSWORD=" + Secret.MASK, Redaction.apply("shard.PASSWORD=" + bare));
    }
}
