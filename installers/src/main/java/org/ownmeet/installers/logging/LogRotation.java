package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How long logrotate keeps the logs that can hold visitors' data: every entry of a package's own file
 * under {@code /etc/logrotate.d} rotated daily, {@code rotate N} old files and none older than N days.
 * The files are edited in place (a second file naming the same logs would be a "duplicate log entry"
 * for logrotate): inside each entry the lines that set when or how often to rotate are taken out
 * ({@code size} and {@code minsize} would override the days) and OwnMeet's three lines go first.
 * Scripts ({@code postrotate ... endscript}) and everything else stay as the package wrote them.
 */
final class LogRotation {
    /** The packages' files that may name logs with visitors' data; those present on the server are edited. */
    static final List<String> FILES = List.of("/etc/logrotate.d/nginx", "/etc/logrotate.d/prosody", "/etc/logrotate.d/jicofo",
            "/etc/logrotate.d/jitsi-videobridge", "/etc/logrotate.d/rsyslog", "/etc/logrotate.d/ufw", "/etc/logrotate.d/fail2ban");
    private static final String MARK = "# OwnMeet: ";
    private static final Pattern TIMING = Pattern.compile(
            "\\s*(hourly|daily|weekly|monthly|yearly|size|minsize|minage|rotate|maxage)\\b.*");
    private static final Pattern SCRIPT = Pattern.compile("\\s*(prerotate|postrotate|firstaction|lastaction|preremove)\\s*");
    private static final Pattern END_SCRIPT = Pattern.compile("\\s*endscript\\s*");

    private LogRotation() {
    }

    /**
     * The file with every entry kept {@code days} days; the same text if it already is.
     *
     * @throws IllegalArgumentException for an entry this edit cannot read safely (opened and closed on one line)
     */
    static String withRetention(String text, int days) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        boolean inEntry = false;
        boolean inScript = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = withoutComment(line);
            if (inScript) {
                inScript = !END_SCRIPT.matcher(line).matches();
                out.add(line);
            } else if (!inEntry) {
                out.add(line);
                if (code.contains("{")) {
                    if (code.indexOf('}') > code.indexOf('{')) {
                        throw new IllegalArgumentException("line " + (i + 1) + " opens and closes an entry on one line");
                    }
                    inEntry = true;
                    String indent = TextLines.bodyIndent(lines, i + 1, "\t");
                    out.add(indent + MARK + "kept " + days + (days == 1 ? " day" : " days")
                            + ", the retention you chose (OwnMeet rewrites the next three lines)");
                    out.add(indent + "daily");
                    out.add(indent + "rotate " + days);
                    out.add(indent + "maxage " + days);
                }
            } else if (code.strip().startsWith("}")) {
                inEntry = false;
                out.add(line);
            } else if (SCRIPT.matcher(code).matches()) {
                inScript = true;
                out.add(line);
            } else if (!TIMING.matcher(code).matches() && !line.strip().startsWith(MARK)) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
