package org.ownmeet.installers.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits the main virtual host in the Prosody file the packages made, touching only its own lines:
 * the {@code authentication} line becomes {@code internal_hashed} (hosts sign in); Prosody's
 * {@code register} module is enabled for the in-band password change (XEP-0077) and every
 * {@code allow_registration} of the host is false (a later {@code = true} would otherwise win), so
 * nobody signs up; the invitation modules Debian enables for every host ({@code invites},
 * {@code invites_adhoc}, {@code invites_register}) are disabled on the host; {@code
 * c2s_require_encryption} is true, so no password travels in clear. Everything else stays as the
 * packages wrote it.
 */
final class MainVirtualHost {
    static final String MARK = "-- OwnMeet: hosts sign in";
    static final String NO_INVITATIONS = "modules_disabled = { \"invites\"; \"invites_adhoc\"; \"invites_register\" }";
    private static final Pattern AUTHENTICATION = Pattern.compile("^(\\s*)authentication\\s*=\\s*\"[^\"]*\"(.*)$");
    private static final Pattern MODULES = Pattern.compile("^\\s*modules_enabled\\s*=\\s*\\{.*$");
    private static final Pattern REGISTRATION = Pattern.compile("^(\\s*)allow_registration\\s*=.*$");
    private static final Pattern ENCRYPTION = Pattern.compile("^(\\s*)c2s_require_encryption\\s*=.*$");

    private MainVirtualHost() {
    }

    /** The file with the main host signing hosts in; the same text if it already does. */
    static String withSignIn(String file, String domain) {
        List<String> lines = new ArrayList<>(List.of(file.split("\n", -1)));
        int start = indexOf(lines, "^VirtualHost\\s+\"" + Pattern.quote(domain) + "\"\\s*$", 0);
        if (start < 0) {
            throw new IllegalStateException("no VirtualHost \"" + domain + "\" in the Prosody configuration");
        }
        int end = indexOf(lines, "^(VirtualHost|Component)\\s.*$", start + 1);
        end = end < 0 ? lines.size() : end;

        int auth = -1;
        int modules = -1;
        boolean register = false;
        boolean noSignUp = false;
        boolean noInvitations = false;
        boolean encryption = false;
        for (int i = start + 1; i < end; i++) {
            String line = lines.get(i);
            if (AUTHENTICATION.matcher(line).matches()) {
                auth = i;
            } else if (MODULES.matcher(line).matches()) {
                modules = i;
            } else if (line.strip().startsWith("\"register\"")) {
                register = true;
            } else if (REGISTRATION.matcher(line).matches()) {
                noSignUp = true;
                set(lines, i, REGISTRATION, "allow_registration = false", "nobody signs up by themselves");
            } else if (line.strip().startsWith(NO_INVITATIONS)) {
                noInvitations = true;
            } else if (ENCRYPTION.matcher(line).matches()) {
                encryption = true;
                set(lines, i, ENCRYPTION, "c2s_require_encryption = true", "no password travels in clear");
            }
        }
        if (auth < 0) {
            throw new IllegalStateException("the VirtualHost \"" + domain + "\" has no authentication line");
        }
        var match = AUTHENTICATION.matcher(lines.get(auth));
        match.matches();
        String indent = match.group(1);
        if (!register && modules >= 0) {
            lines.add(modules + 1, indent + "    \"register\"; " + MARK + " and change their own password");
        }
        if (!encryption) {
            lines.add(auth + 1, indent + "c2s_require_encryption = true " + MARK + "; no password travels in clear");
        }
        if (!noInvitations) {
            lines.add(auth + 1, indent + NO_INVITATIONS + " " + MARK + "; nobody is invited to sign up");
        }
        if (!noSignUp) {
            lines.add(auth + 1, indent + "allow_registration = false " + MARK + "; nobody signs up by themselves");
        }
        if (!lines.get(auth).contains("\"internal_hashed\"")) {
            String rest = match.group(2).contains("do not delete me") ? " -- do not delete me" : "";
            lines.set(auth, indent + "authentication = \"internal_hashed\"" + rest + " " + MARK);
        }
        if (!register && modules < 0) {
            lines.add(auth + 1, indent + "modules_enabled = { \"register\" } " + MARK + " and change their own password");
        }
        return String.join("\n", lines);
    }

    /** The setting as OwnMeet wants it, the line left alone when it already says so. */
    private static void set(List<String> lines, int at, Pattern setting, String wanted, String why) {
        String line = lines.get(at);
        String value = line.strip().replaceFirst("\\s*--.*$", "").replaceFirst(";$", "").replaceAll("\\s+", " ");
        if (!value.equals(wanted)) {
            var match = setting.matcher(line);
            match.matches();
            lines.set(at, match.group(1) + wanted + " " + MARK + "; " + why);
        }
    }

    private static int indexOf(List<String> lines, String regex, int from) {
        Pattern pattern = Pattern.compile(regex);
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
