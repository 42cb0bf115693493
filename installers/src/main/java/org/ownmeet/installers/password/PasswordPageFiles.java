package org.ownmeet.installers.password;

import java.util.List;

import org.ownmeet.installers.welcome.WelcomePageFiles;

/**
 * Where the password page lives: a folder inside OwnMeet's published pages (beside the privacy
 * notice, under /etc so that package upgrades leave it alone), served under
 * {@code /ownmeet/password/}; the XMPP library is the distribution's own file, served from there too.
 */
public final class PasswordPageFiles {
    public static final String FOLDER = WelcomePageFiles.FOLDER + "password/";
    public static final String URL_PATH = WelcomePageFiles.URL_PATH + "password/";
    static final String PAGE = "index.html";
    static final String SCRIPT = "password-page.js";
    static final String STYLE = "password-page.css";
    /** Debian's {@code libjs-strophe}: Strophe.js, with its security updates from the distribution. */
    static final String STROPHE_PACKAGE = "libjs-strophe";
    static final String STROPHE_FILE = "/usr/share/javascript/strophe/strophe.min.js";
    static final String STROPHE = "strophe.min.js";
    /** Nothing but this server, and no inline script or style, no form sent anywhere, no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private PasswordPageFiles() {
    }

    static List<String> ownFiles() {
        return List.of(PAGE, SCRIPT, STYLE);
    }

    static String path(String file) {
        return FOLDER + file;
    }

    public static String url(String domain) {
        return "https://" + domain + URL_PATH;
    }
}
