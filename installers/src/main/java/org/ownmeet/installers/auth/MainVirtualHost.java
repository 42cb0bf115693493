package org.ownmeet.installers.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits the main virtual host in the Prosody file the packages made, touching only its own lines:
 * the {@code authentication} line becomes {@code internal_hashed} (hosts sign in), Prosody's
 * {@code register} module is enabled with sign-up off (so hosts change their own password in-band,
 * XEP-0077), the client port requires encryption (the packages turn that off; web clients come over
 * HTTPS, which Prosody is told to trust, but a desktop XMPP app on port 5222 would otherwise be let
 * in without TLS, and the privacy notice says every connection is encrypted), and everything else
 * is left as the packages wrote it.
 */
final class MainVirtualHost {
    static final String MARK = "-- OwnMeet: hosts sign in";
    private static final Pattern AUTHENTICATION = Pattern.compile("^(\\s*)authentication\\s*=\\s*\"[^\"]*\"(.*)$");
    private static final Pattern MODULES = Pattern.compile("^\\s*modules_enabled\\s*=\\s*\\{.*$");
    private static final Pattern ENCRYPTION = Pattern.compile("^(\\s*)c2s_require_encryption\\s*=\\s*(\\w+).*$");

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
        int encryption = -1;
        for (int i = start + 1; i < end; i++) {
            String line = lines.get(i);
            if (ENCRYPTION.matcher(line).matches()) {
                encryption = i;
            } else if (AUTHENTICATION.matcher(line).matches()) {
                auth = i;
            } else if (MODULES.matcher(line).matches()) {
                modules = i;
            } else if (line.strip().startsWith("\"register\"")) {
                register = true;
            } else if (line.strip().matches("allow_registration\\s*=\\s*false.*")) {
                noSignUp = true;
            }
        }
        if (auth < 0) {
            throw new IllegalStateException("the VirtualHost \"" + domain + "\" has no authentication line");
        }
        var match = AUTHENTICATION.matcher(lines.get(auth));
        match.matches();
        String indent = match.group(1);
        if (encryption >= 0 && !lines.get(encryption).matches("\\s*c2s_require_encryption\\s*=\\s*true\\b.*")) {
            lines.set(encryption, indent + "c2s_require_encryption = true " + MARK + " over encrypted connections only");
        }
        if (!register && modules >= 0) {
            lines.add(modules + 1, indent + "    \"register\"; " + MARK + " and change their own password");
        }
        if (!noSignUp) {
            lines.add(auth + 1, indent + "allow_registration = false " + MARK + "; nobody signs up by themselves");
        }
        if (!lines.get(auth).contains("\"internal_hashed\"")) {
            String rest = match.group(2).contains("do not delete me") ? " -- do not delete me" : "";
            lines.set(auth, indent + "authentication = \"internal_hashed\"" + rest + " " + MARK);
        }
        if (encryption < 0) {
            lines.add(auth + 1, indent + "c2s_require_encryption = true " + MARK + " over encrypted connections only");
        }
        if (!register && modules < 0) {
            lines.add(auth + 1, indent + "modules_enabled = { \"register\" } " + MARK + " and change their own password");
        }
        return String.join("\n", lines);
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
