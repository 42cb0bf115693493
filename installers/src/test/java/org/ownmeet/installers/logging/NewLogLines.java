package org.ownmeet.installers.logging;

import java.util.regex.Pattern;

import org.ownmeet.testbed.target.DebianTarget;

/**
 * For tests, independent of the check under test: where the logs of nginx, Prosody and the Jitsi
 * components and the journal end now, and later the lines written since (sshd's own left out: it
 * records the test's logins over SSH, not visits).
 */
final class NewLogLines {
    /** This machine as the test bed's targets see it. */
    static final String TEST_HOST = "10.203.0.1";
    static final Pattern TEST_HOST_IN_A_LINE = Pattern.compile("(^|[^0-9.])10\\.203\\.0\\.1([^0-9]|$)", Pattern.MULTILINE);
    private static final String LOGS = "/var/log/nginx/*.log /var/log/prosody/prosody.* /var/log/jitsi/*.log";
    private final DebianTarget target;
    private final String marks;

    private NewLogLines(DebianTarget target, String marks) {
        this.target = target;
        this.marks = marks;
    }

    static NewLogLines from(DebianTarget target) {
        return new NewLogLines(target, target.root("for f in " + LOGS + "; do [ -f \"$f\" ] && echo \"$(stat -c %s \"$f\") $f\"; "
                + "done; echo \"cursor $(journalctl -n 0 --show-cursor --no-pager | sed -n 's/^-- cursor: //p')\"").run().output());
    }

    /** Each new line, prefixed with where it was written. */
    String read() {
        return target.root("while read -r mark f; do\n"
                + "  if [ \"$mark\" = cursor ]; then\n"
                + "    journalctl --after-cursor=\"$f\" --no-pager -q -o short-iso | grep -vE ' sshd\\[[0-9]+\\]: ' | sed 's|^|journal: |' || true\n"
                + "  elif [ -f \"$f\" ]; then tail -c +$((mark + 1)) \"$f\" | sed \"s|^|$f: |\"; fi\n"
                + "done <<'MARKS'\n" + marks.strip() + "\nMARKS\n").run().output();
    }

    /** The size of one log now, to see that it did not grow. */
    static long size(DebianTarget target, String path) {
        return Long.parseLong(target.root("stat -c %s " + path + " 2>/dev/null || echo 0").run().output().strip());
    }
}
