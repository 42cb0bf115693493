package org.ownmeet.installers.logging;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ownmeet.installers.engine.HoconEdit;
import org.ownmeet.installers.packages.JitsiFiles;

/**
 * jicofo and the videobridge: their {@code logging.properties} at warnings and errors only, and the
 * videobridge's own redaction of participants' addresses, both its own and that of ice4j (the ICE
 * library inside it), set in {@code jvb.conf}, which both shapes of the package read.
 */
final class JavaLogging {
    static final String JICOFO = "/etc/jitsi/jicofo/logging.properties";
    static final String VIDEOBRIDGE = "/etc/jitsi/videobridge/logging.properties";
    static final String ROOT_LEVEL = ".level=WARNING";
    /** The videobridge's settings that keep participants' addresses out of its log, by their paths in jvb.conf. */
    static final Map<String, Object> REDACTION = Map.of("videobridge.redact-remote-addresses", true,
            "ice4j.redact-remote-addresses", true);
    private static final Pattern LEVEL = Pattern.compile("(?m)^[ \\t]*\\.level[ \\t]*[=:].*$");

    private JavaLogging() {
    }

    /** The properties with the root logger at WARNING; the same text if it already is. */
    static String warningsOnly(String properties) {
        Matcher level = LEVEL.matcher(properties);
        if (level.find()) {
            return level.replaceAll(ROOT_LEVEL);
        }
        return properties + (properties.isEmpty() || properties.endsWith("\n") ? "" : "\n") + ROOT_LEVEL + "\n";
    }

    static HoconEdit addressRedaction() {
        HoconEdit edit = HoconEdit.of(JitsiFiles.JVB_CONF, "jvb-conf-logging");
        REDACTION.forEach(edit::set);
        return edit;
    }
}
