package org.ownmeet.installers.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ownmeet.installers.ssh.exec.ShellQuote;

/**
 * How a configuration is checked after its files were written; if the check fails, the files are put
 * back. Prosody's check also reports harmless warnings that the packages' own configuration causes
 * (an obsolete option), and logrotate reports errors of any file under {@code /etc/logrotate.d}, so
 * for those two a change is accepted when the check says nothing it did not already say before the
 * change.
 */
public enum Validator {
    NONE(null),
    NGINX("nginx -t"),
    PROSODY("prosodyctl check config"),
    /**
     * logrotate reads its whole configuration, so an entry that another file also names shows as a
     * duplicate; it reports most problems as {@code error:} lines while still exiting 0.
     */
    LOGROTATE("logrotate --debug /etc/logrotate.conf"),
    /**
     * systemd ignores a line of a unit file it cannot read (and the service runs without the
     * setting); {@code systemd-analyze verify} names such lines, so a finding in a written file fails.
     */
    SYSTEMD("systemd-analyze verify --generators=yes"),
    /** apt reads every file of {@code apt.conf.d} before it does anything, and refuses all work if one does not parse. */
    APT("apt-config dump >/dev/null"),
    /** needrestart's settings are Perl, read with {@code eval}; a file that does not compile is skipped with an error. */
    PERL("perl -c");

    private final String command;

    Validator(String command) {
        this.command = command;
    }

    /** The script that checks; it prints its findings and exits non-zero on a problem. */
    String script(List<String> paths) {
        if (this == SYSTEMD) {
            return unitFindings(paths);
        }
        if (this == PERL) {
            return paths.stream().map(p -> command + " " + ShellQuote.quote(p) + " 2>&1").collect(Collectors.joining(" && "));
        }
        return command + " 2>&1";
    }

    /** Checks the units of the drop-ins written ({@code /etc/systemd/system/<unit>.d/<file>}); prints and fails on findings in them. */
    private String unitFindings(List<String> paths) {
        StringBuilder units = new StringBuilder();
        StringBuilder ours = new StringBuilder();
        for (String path : paths) {
            String unit = path.replaceFirst("^.*/([^/]+)\\.d/[^/]+$", "$1");
            units.append(' ').append(ShellQuote.quote(unit));
            ours.append(" -e ").append(ShellQuote.quote(path + ":"));
        }
        return "out=$(" + command + units + " 2>&1 || true)\n"
                + "if printf '%s\\n' \"$out\" | grep -F" + ours + "; then exit 1; fi\n";
    }

    boolean needsBaseline() {
        return this == PROSODY || this == LOGROTATE;
    }

    boolean accepts(int exitStatus, String output, String baseline) {
        return switch (this) {
            case NONE, NGINX, SYSTEMD, APT, PERL -> exitStatus == 0;
            case PROSODY -> exitStatus == 0 || baseline != null && !output.contains("A problem occurred")
                    && prosodyFindings(baseline).containsAll(prosodyFindings(output));
            // 1 is logrotate's own "something was wrong"; anything else (127: not installed) is no answer at all
            case LOGROTATE -> (exitStatus == 0 || exitStatus == 1) && baseline != null
                    && logrotateErrors(baseline).containsAll(logrotateErrors(output));
        };
    }

    /** Prosody's findings, without its framing and the list of files it loaded (which a new file rightly extends). */
    private static Set<String> prosodyFindings(String output) {
        return Arrays.stream(output.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("- ") && !l.equals("Checking config...") && !l.equals("Done.")
                        && !l.equals("The following configuration files have been loaded:") && !l.equals("Problems found, see above."))
                .collect(Collectors.toSet());
    }

    private static Set<String> logrotateErrors(String output) {
        return Arrays.stream(output.split("\n")).map(String::strip).filter(l -> l.startsWith("error:")).collect(Collectors.toSet());
    }
}
