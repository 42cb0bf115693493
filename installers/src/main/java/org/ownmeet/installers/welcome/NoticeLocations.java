package org.ownmeet.installers.welcome;

import java.util.regex.Pattern;

/**
 * OwnMeet's lines in the Jitsi nginx site, inside its HTTPS server: the folder of OwnMeet's pages
 * under {@code /ownmeet/}, and the notice added to every page. The packages create the site once
 * and never rewrite it, so the lines outlive upgrades; {@code nginx -t} checks them.
 */
public final class NoticeLocations {
    static final String BLOCK = "welcome-page";
    /** The HTTPS server's listen lines: the block goes right after them. */
    public static final Pattern HTTPS_SERVER = Pattern.compile("^\\s*listen\\s+(\\[::\\]:)?443\\b");

    private NoticeLocations() {
    }

    static String block(String banner) {
        return """
                location ^~ %s {
                    alias %s;
                    charset utf-8;
                }
                sub_filter '</body>' '%s</body>';
                sub_filter_once on;
                """.formatted(WelcomePageFiles.URL_PATH, WelcomePageFiles.FOLDER, banner);
    }
}
