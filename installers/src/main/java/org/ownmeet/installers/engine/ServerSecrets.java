package org.ownmeet.installers.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * Jitsi's own secrets (jicofo's and the videobridge's XMPP passwords, the TURN secret, component
 * secrets) sit in the files the engine reads and diffs. Every value found is made a {@link Secret},
 * so the one redaction point masks it in plans, logs and events like any password.
 */
final class ServerSecrets {
    private static final Pattern[] PATTERNS = {
        Pattern.compile("(?m)^\\s*password\\s*[:=]\\s*\"?([^\"\\s]+)\"?"),
        Pattern.compile("(?m)^\\s*(?:component_secret|external_service_secret|turncredentials_secret|turn_external_secret)\\s*=\\s*\"([^\"]+)\""),
        Pattern.compile("(?m)^\\s*static-auth-secret\\s*=\\s*(\\S+)"),
        Pattern.compile("(?m)^\\s*(?:JVB_SECRET|JICOFO_SECRET|JICOFO_AUTH_PASSWORD)\\s*=\\s*\"?([^\"\\s]+)\"?"),
        // jvb.conf's and the legacy properties' shard PASSWORD, quoted (HOCON) or bare: the value without its quotes
        Pattern.compile("(?m)PASSWORD\\s*[=:]\\s*\"?([^\"\\s]+)\"?"),
    };
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private ServerSecrets() {
    }

    static void learn(ServerState state) {
        for (FileSnapshot file : state.files().values()) {
            if (file.exists()) {
                learn(file.text());
            }
        }
    }

    static void learn(String text) {
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String value = matcher.group(1);
                if (value.length() >= 6 && KNOWN.add(value)) {
                    Secret.of(value);
                }
            }
        }
    }
}
