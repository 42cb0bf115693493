package org.ownmeet.installers.password;

/**
 * OwnMeet's lines in the Jitsi nginx site for the password page, beside the welcome page's: the
 * page's folder with its strict policy, and the one file of the distribution's XMPP library it
 * needs (nothing else of {@code /usr/share/javascript} is served).
 */
final class PasswordPageLocations {
    static final String BLOCK = "password-page";

    private PasswordPageLocations() {
    }

    static String block() {
        return """
                location ^~ %1$s {
                    alias %2$s;
                    index %3$s;
                    charset utf-8;
                    ssi off;
                    # the meeting pages' notice comes with an inline style this page's policy refuses:
                    # a filter of its own that changes nothing stands in for it here
                    sub_filter '</body>' '</body>';
                    add_header Content-Security-Policy "%4$s" always;
                    add_header X-Content-Type-Options nosniff always;
                    add_header Referrer-Policy no-referrer always;
                    add_header Cache-Control no-cache always;
                }
                location = %1$s%5$s {
                    alias %6$s;
                    ssi off;
                    add_header X-Content-Type-Options nosniff always;
                }
                """.formatted(PasswordPageFiles.URL_PATH, PasswordPageFiles.FOLDER, PasswordPageFiles.PAGE,
                PasswordPageFiles.CONTENT_SECURITY_POLICY, PasswordPageFiles.STROPHE, PasswordPageFiles.STROPHE_FILE);
    }
}
