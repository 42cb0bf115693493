package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ownmeet.installers.profile.Profile;

/**
 * What nginx logs, without touching Debian's {@code nginx.conf} (a package's configuration file that
 * an upgrade would then ask about). OwnMeet's file in {@code conf.d} is read inside {@code http}:
 * {@code access_log off} there cancels {@code nginx.conf}'s access log on that level, so no site
 * logs visits unless it says so itself; and the error log at {@code alert}. Below that level nginx
 * names the client of nearly every error ({@code client: <address>} for a missing file, a refused TLS
 * handshake); from {@code alert} up it writes what concerns the server itself (a crash, no memory
 * left), rarely naming a connection. The meeting site's servers each get OwnMeet's access log line:
 * off, or with shortened addresses; the site's own log lines are commented out.
 */
final class NginxLogging {
    static final String MAIN = "/etc/nginx/nginx.conf";
    static final String SNIPPET = "/etc/nginx/conf.d/ownmeet-logging.conf";
    static final String CONTENT = """
            # OwnMeet: what nginx logs (OwnMeet rewrites this file).
            # No access log, unless a site sets its own (the meeting site says what you chose there).
            access_log off;
            # Errors: serious faults only; below "alert" nginx names the visitor's address in its lines.
            error_log /var/log/nginx/error.log alert;

            # The shortened access log: the first half of the visitor's address (203.0.X.X, 2001:db8::X), the
            # time, the request's method and path without its query, the status, the size sent and the time taken.
            map $remote_addr $ownmeet_visitor {
                ~^(?P<network>\\d+\\.\\d+)\\.\\d+\\.\\d+$      $network.X.X;
                ~*^(?P<network>[0-9a-f]+:[0-9a-f]+):          $network::X;
                default                                       0.0.0.0;
            }
            map $request_uri $ownmeet_path {
                ~^(?P<path>[^?]*)                             $path;
            }
            log_format ownmeet_anonymised '$ownmeet_visitor [$time_local] "$request_method $ownmeet_path $server_protocol" '
                                          '$status $body_bytes_sent $request_time';
            """;
    private static final String MARK = "# OwnMeet: the access log you chose";
    private static final String NOTE = "# OwnMeet: the site's logs are set by OwnMeet";
    private static final Pattern LOG_LINE = Pattern.compile("\\s*(access_log|error_log)\\b.*");
    private static final Pattern SERVER = Pattern.compile("\\s*server\\s*\\{.*");
    private static final Pattern CONF_D = Pattern.compile("(?m)^\\s*include\\s+/etc/nginx/conf\\.d/\\*\\.conf\\s*;");

    private NginxLogging() {
    }

    /** Whether nginx.conf reads {@code conf.d}, where OwnMeet's settings are. */
    static boolean readsConfD(String mainConfig) {
        return CONF_D.matcher(mainConfig).find();
    }

    /** Whether nginx keeps an access log at all: only anonymised, and never with 0 days. */
    static boolean keepsAccessLog(Profile.Logging logging) {
        return logging.accessLog() == Profile.AccessLog.ANONYMISED && logging.retentionDays() > 0;
    }

    /**
     * The meeting site with OwnMeet's access log line first in each {@code server} block and the site's
     * own log lines commented out; the same text if it already is so.
     */
    static String siteConfig(String text, Profile.Logging logging) {
        String choice = keepsAccessLog(logging) ? "access_log /var/log/nginx/access.log ownmeet_anonymised; " + MARK
                : "access_log off; " + MARK;
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith(MARK)) {
                continue;
            }
            if (LOG_LINE.matcher(line).matches()) {
                i = commentOut(lines, i, out);
                continue;
            }
            out.add(line);
            if (SERVER.matcher(line).matches() && NginxSyntax.braceBalance(line) == 1) {
                out.add(TextLines.bodyIndent(lines, i + 1, "    ") + choice);
            }
        }
        return String.join("\n", out);
    }

    /** Comments out the directive starting at line {@code start} (up to its semicolon); returns its last line. */
    private static int commentOut(List<String> lines, int start, List<String> out) {
        int end = start;
        while (end < lines.size() - 1 && !NginxSyntax.endsDirective(lines.get(end))) {
            end++;
        }
        for (int i = start; i <= end; i++) {
            String line = lines.get(i);
            out.add(TextLines.indentOf(line) + "# " + line.stripLeading() + (i == end ? " " + NOTE : ""));
        }
        return end;
    }
}
