package org.ownmeet.installers.firewall;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ufw's settings, from {@code /etc/ufw/ufw.conf} ({@code ENABLED}) and {@code /etc/default/ufw}
 * ({@code IPV6}, the default policies, {@code LOGLEVEL}). A file that is missing has ufw's own defaults:
 * off, IPv6 on, incoming dropped, outgoing accepted, refused connections logged ("low").
 */
record UfwSettings(boolean enabled, boolean ipv6, String incoming, String outgoing, String logLevel) {
    static final String CONF = "/etc/ufw/ufw.conf";
    static final String DEFAULTS = "/etc/default/ufw";
    private static final Pattern SETTING = Pattern.compile("^\\s*([A-Z0-9_]+)\\s*=\\s*\"?([^\"#]*?)\"?\\s*$");
    private static final Pattern IPV6_LINE = Pattern.compile("(?m)^\\s*IPV6\\s*=.*$");

    static UfwSettings parse(String conf, String defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ENABLED", "no");
        values.put("IPV6", "yes");
        values.put("DEFAULT_INPUT_POLICY", "DROP");
        values.put("DEFAULT_OUTPUT_POLICY", "ACCEPT");
        values.put("LOGLEVEL", "low");
        read(defaults, values);
        read(conf, values);
        return new UfwSettings(isYes(values.get("ENABLED")), isYes(values.get("IPV6")),
                values.get("DEFAULT_INPUT_POLICY").toUpperCase(Locale.ROOT), values.get("DEFAULT_OUTPUT_POLICY").toUpperCase(Locale.ROOT),
                values.get("LOGLEVEL").toLowerCase(Locale.ROOT));
    }

    /** Incoming connections no rule allows are dropped or refused: both keep the server closed. */
    boolean refusesIncoming() {
        return incoming.equals("DROP") || incoming.equals("REJECT");
    }

    boolean allowsOutgoing() {
        return outgoing.equals("ACCEPT");
    }

    /** ufw logs every refused connection with the sender's address: personal data no one asked for. */
    boolean logsRefused() {
        return !logLevel.equals("off");
    }

    /** {@code /etc/default/ufw} with {@code IPV6=yes}, every other line as it was. */
    static String withIpv6(String defaults) {
        if (defaults == null || defaults.isEmpty()) {
            return "IPV6=yes\n";
        }
        Matcher line = IPV6_LINE.matcher(defaults);
        if (line.find()) {
            return defaults.substring(0, line.start()) + "IPV6=yes" + defaults.substring(line.end());
        }
        return defaults + (defaults.endsWith("\n") ? "" : "\n") + "IPV6=yes\n";
    }

    private static void read(String text, Map<String, String> values) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            Matcher setting = SETTING.matcher(line);
            if (setting.matches()) {
                values.put(setting.group(1), setting.group(2).strip());
            }
        }
    }

    private static boolean isYes(String value) {
        return value.equalsIgnoreCase("yes");
    }
}
