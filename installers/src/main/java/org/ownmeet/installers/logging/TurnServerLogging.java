package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ownmeet.installers.engine.ManagedBlock;

/**
 * coturn keeps no log. It cannot leave addresses out of its lines (coturn issue 911), and a relayed
 * session's last line names the participant's address, so its messages go nowhere: not to syslog
 * (the system journal), not to standard output (the journal again), to {@code /dev/null} as they
 * are. Only the few lines coturn prints before it has read its configuration (its name, version and
 * limits) still reach the journal; they name no address. The settings that would send the log
 * elsewhere are commented out.
 */
final class TurnServerLogging {
    static final String PATH = "/etc/turnserver.conf";
    private static final String BLOCK = "logging";
    private static final String BODY = "no-stdout-log\nlog-file=/dev/null\nsimple-log";
    private static final Pattern DESTINATION = Pattern.compile(
            "\\s*(syslog|syslog-facility|log-file|simple-log|no-stdout-log|new-log-timestamp|new-log-timestamp-format)\\b.*");

    private TurnServerLogging() {
    }

    /** The configuration with coturn's messages discarded; the same text if it already is. */
    static String withoutLog(String text) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# BEGIN OwnMeet " + BLOCK + " ")) {
                inBlock = true;
            } else if (line.equals("# END OwnMeet " + BLOCK)) {
                inBlock = false;
            } else if (!inBlock && DESTINATION.matcher(line).matches()) {
                out.add("# " + line.strip() + "   # OwnMeet: coturn keeps no log, see the OwnMeet logging block");
                continue;
            }
            out.add(line);
        }
        return ManagedBlock.put(String.join("\n", out), "#", BLOCK, BODY);
    }
}
