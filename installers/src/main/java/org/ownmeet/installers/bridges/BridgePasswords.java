package org.ownmeet.installers.bridges;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ownmeet.installers.accounts.PasswordGenerator;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * Which password a bridge's account has: the one already in the jvb.conf OwnMeet wrote on the bridge server,
 * kept there only (Prosody on the main server keeps its SCRAM keys), or a new one when there is none yet. So
 * a second run changes nothing, and a run cut off between the two servers gets both to one password again.
 */
public final class BridgePasswords {
    private static final String OWNMEET_HEADER = "# Written by OwnMeet";
    private static final Pattern PASSWORD = Pattern.compile("(?m)^\\s*PASSWORD = \"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

    private BridgePasswords() {
    }

    /** @param jvbConf the bridge server's jvb.conf as read over its own connection */
    public static Secret decide(FileSnapshot jvbConf) {
        return kept(jvbConf).orElseGet(PasswordGenerator::generate);
    }

    static Optional<Secret> kept(FileSnapshot jvbConf) {
        if (!jvbConf.exists() || !jvbConf.text().startsWith(OWNMEET_HEADER)) {
            return Optional.empty();
        }
        Matcher matcher = PASSWORD.matcher(jvbConf.text());
        if (!matcher.find() || matcher.group(1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Secret.of(matcher.group(1).replaceAll("\\\\(.)", "$1")));
    }
}
