package org.ownmeet.installers.bridges;

import java.util.Map;

import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import org.ownmeet.installers.logging.LoggingInstaller;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.tuning.VideobridgeTuningInstaller;

/**
 * The whole {@code jvb.conf} of an extra videobridge server, which OwnMeet owns there: one XMPP connection
 * to the main server's Prosody (its address as OwnMeet reaches it, the certificate checked for
 * {@code auth.<domain>}), the bridge's own account, the brewery room with the bridge's name as nickname, its
 * WebSocket under {@code wss://<domain>/colibri-ws/<name>/} (nginx on the main server forwards it), its public
 * address found with the main server's own STUN server (nothing third-party), and what the main server's
 * videobridge gets from the logging and tuning steps: no remote address in its logs, the meeting size's settings.
 */
final class BridgeJvbConf {
    static final String PATH = "/etc/jitsi/videobridge/jvb.conf";
    /** Where the bridge serves its WebSocket; the main server's nginx forwards {@code /colibri-ws/<name>/} to it. */
    static final int WEBSOCKET_PORT = 9090;
    static final int STUN_PORT = 3478;

    private BridgeJvbConf() {
    }

    static String render(Profile profile, Bridge bridge, String brewery, Secret password) {
        String domain = profile.domain();
        return """
                # Written by OwnMeet for the videobridge "%6$s" of %1$s; OwnMeet rewrites this file on each run.
                videobridge {
                    apis.xmpp-client.configs {
                        shard {
                            HOSTNAME = %2$s
                            PORT = 5222
                            DOMAIN = %3$s
                            USERNAME = %4$s
                            PASSWORD = %5$s
                            MUC_JIDS = %7$s
                            MUC_NICKNAME = %8$s
                        }
                    }
                    http-servers.public.port = %9$d
                    websockets {
                        enabled = true
                        server-id = %8$s
                        domains = [%10$s]
                        tls = true
                    }
                }
                ice4j {
                    harvest.mapping.aws.enabled = false
                    harvest.mapping.stun.addresses = [%11$s]
                }
                # the main server's videobridge has the same: no remote address in the log, the meeting size's settings
                """.formatted(domain, quoted(profile.server().host()), quoted(BridgeNames.authDomain(domain)),
                quoted(BridgeNames.account(bridge)), quoted(new String(password.chars())), bridge.name(), quoted(brewery),
                quoted(bridge.name()), WEBSOCKET_PORT, quoted(domain + ":443"), quoted(domain + ":" + STUN_PORT))
                + settings(LoggingInstaller.videobridgeSettings()) + settings(VideobridgeTuningInstaller.videobridgeSettings(
                        profile.meetingSize()));
    }

    /** One line per setting, by its path: HOCON merges them into the objects above. */
    private static String settings(Map<String, Object> values) {
        StringBuilder lines = new StringBuilder();
        values.forEach((path, value) -> lines.append(path).append(" = ")
                .append(ConfigValueFactory.fromAnyRef(value).render(ConfigRenderOptions.concise())).append('\n'));
        return lines.toString();
    }

    /** A HOCON quoted string (JSON's rules). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
