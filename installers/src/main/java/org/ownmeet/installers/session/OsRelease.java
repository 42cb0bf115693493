package org.ownmeet.installers.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ownmeet.installers.packages.TargetSystem;

/**
 * The lines of {@code /etc/os-release}: {@code KEY=value}, the value bare or in single or double
 * quotes (with backslash escapes in double quotes), as os-release(5) describes them.
 */
record OsRelease(Map<String, String> values) {

    static OsRelease parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals).strip();
            if (key.matches("[A-Z0-9_]+")) {
                values.put(key, unquote(line.substring(equals + 1).strip()));
            }
        }
        return new OsRelease(Map.copyOf(values));
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    TargetSystem system() {
        return new TargetSystem(get("ID").toLowerCase(Locale.ROOT), get("VERSION_ID"), get("VERSION_CODENAME"));
    }

    /** The name the distribution gives itself ("Debian GNU/Linux 12 (bookworm)"), else its id and version. */
    String prettyName() {
        if (!get("PRETTY_NAME").isBlank()) {
            return get("PRETTY_NAME");
        }
        String named = ((get("NAME").isBlank() ? get("ID") : get("NAME")) + " " + get("VERSION_ID")).strip();
        return named.isEmpty() ? "an unknown system" : named;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.length() >= 2 && value.charAt(0) == '"' && value.endsWith("\"")) {
            StringBuilder plain = new StringBuilder();
            for (int i = 1; i < value.length() - 1; i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length() - 1 && "\"\\$`".indexOf(value.charAt(i + 1)) >= 0) {
                    c = value.charAt(++i);
                }
                plain.append(c);
            }
            return plain.toString();
        }
        return value;
    }
}
