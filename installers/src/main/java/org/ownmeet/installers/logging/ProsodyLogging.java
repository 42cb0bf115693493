package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prosody's {@code log} setting: warnings and errors only, to its two files. At that level Prosody
 * 0.12 writes no client address (connections, logins and BOSH sessions are logged at info and debug);
 * Debian's extra copy of errors to syslog is dropped, so Prosody's lines live only in its files and
 * follow their rotation. The setting must be in the global section of {@code prosody.cfg.lua}: a line
 * after the first {@code VirtualHost} or {@code Component} belongs to that host.
 */
final class ProsodyLogging {
    static final String PATH = "/etc/prosody/prosody.cfg.lua";
    private static final String MARK = "-- OwnMeet: warnings and errors only, to files, so no visitor's address is logged"
            + " (OwnMeet rewrites this setting)";
    static final String SETTING = MARK + "\n" + """
            log = {
            	warn = "/var/log/prosody/prosody.log";
            	error = "/var/log/prosody/prosody.err";
            }""";
    private static final Pattern HOST_SECTION = Pattern.compile("\\s*(VirtualHost|Component)\\b.*");
    private static final Pattern LOG = Pattern.compile("\\s*log\\s*=.*");

    private ProsodyLogging() {
    }

    /** The file with OwnMeet's {@code log} setting in the global section, replacing any there; the same text if it has it. */
    static String withWarningsOnly(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int globalEnd = lines.size();
        boolean inBlockComment = false;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String code = LuaCode.of(lines.get(i), inBlockComment);
            inBlockComment = LuaCode.endsInBlockComment(lines.get(i), inBlockComment);
            if (HOST_SECTION.matcher(code).matches()) {
                globalEnd = i;
                break;
            }
            if (LOG.matcher(code).matches()) {
                int end = LuaCode.endOfValue(lines, i);
                int start = i > 0 && lines.get(i - 1).equals(MARK) ? i - 1 : i;
                lines.subList(start, end + 1).clear();
                if (first < 0) {
                    first = start;
                    lines.add(start, SETTING);
                    i = start;
                } else {
                    i = start - 1;
                }
            }
        }
        if (first < 0 && globalEnd < lines.size()) {
            lines.add(globalEnd, SETTING + "\n");
        } else if (first < 0) {
            lines.add(lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size(), SETTING);
        }
        return String.join("\n", lines);
    }
}
