package org.ownmeet.installers.welcome;

/**
 * Where OwnMeet publishes its pages for participants: a folder of its own under /etc/jitsi/meet
 * (package upgrades leave /etc alone, unlike /usr/share/jitsi-meet), served by nginx under
 * {@code /ownmeet/}.
 */
public final class WelcomePageFiles {
    public static final String FOLDER = "/etc/jitsi/meet/ownmeet/";
    public static final String URL_PATH = "/ownmeet/";
    public static final String NOTICE = "privacy-notice.html";
    static final String BRANDING = "branding.json";

    private WelcomePageFiles() {
    }

    public static String path(String file) {
        return FOLDER + file;
    }

    public static String urlPath(String file) {
        return URL_PATH + file;
    }

    public static String url(String domain, String file) {
        return "https://" + domain + urlPath(file);
    }

    static String labels(String language) {
        return "labels-" + language + ".json";
    }
}
