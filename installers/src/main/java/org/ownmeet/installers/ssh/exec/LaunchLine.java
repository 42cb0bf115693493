package org.ownmeet.installers.ssh.exec;

import java.time.Duration;


/**
 * The one command line OwnMeet sends to the server, the same for every script: it carries no
 * secret and no script text. It starts bash in a session of its own (so every process of the script
 * can be ended as one group), reports that group on stderr as {@value #STARTED} {@code <pgid>} (which
 * with sudo also means the password was accepted), and bounds the whole by {@code timeout}, which
 * kills the group when the limit is reached.
 */
final class LaunchLine {
    static final String STARTED = "OWNMEET-STARTED";
    private static final Duration KILL_AFTER = Duration.ofSeconds(5);

    private LaunchLine() {
    }

    /** @param privilege how to become root, or null for a script that runs as the login user */
    static String build(Privilege privilege, Duration limit) {
        String inner = "setsid -w bash -c 'printf \"" + STARTED + " %s\\n\" \"$$\" >&2; exec timeout --kill-after="
                + KILL_AFTER.toSeconds() + " " + Math.max(1, limit.toSeconds()) + " bash -s'";
        if (privilege == null || privilege == Privilege.ROOT) {
            return inner;
        }
        return switch (privilege) {
            case SUDO_WITHOUT_PASSWORD -> "sudo -n -- " + inner;
            // -k: ask for the password even if sudo remembers one, so the password line is always sudo's
            case SUDO_WITH_PASSWORD -> "sudo -k -S -p '' -- " + inner;
            case ROOT -> inner;
        };
    }

    /**
     * What bash reads on stdin: the script inside a function that is called on the last line, so a
     * script cut off in transit (a lost connection) is never run in part, only not at all. bash
     * reads no further than that line; whatever follows on stdin is left for the script's commands.
     */
    static String wrap(String body) {
        return "set -euo pipefail\nexport LC_ALL=C.UTF-8\nownmeet_script() {\n" + body + "\n}\nownmeet_script\n";
    }

    /** timeout(1) exits 124 when it stopped the script, 137 when it had to kill it. */
    static boolean isTimeoutStatus(int status) {
        return status == 124 || status == 137;
    }

    static Duration killAfter() {
        return KILL_AFTER;
    }
}
