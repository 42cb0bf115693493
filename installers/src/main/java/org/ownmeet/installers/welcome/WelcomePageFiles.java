package org.ownmeet.installers.welcome;

/**
 * Where OwnMeet publishes its pages for participants: a folder of its own under /etc/jitsi/meet
 * (package upgrades leave /etc alone, unlike /usr/share/jitsi-meet), served by nginx under
 * {@code /ownmeet/}.
 */
final class WelcomePageFiles {
    static final String FOLDER = "/etc/jitsi/meet/ownmeet/";
    static final String URL_PATH = "/ownmeet/";
    static final String NOTICE = "privacy-notice.html";
    static final String BRANDING = "branding.json";

    private WelcomePageFiles() {
    }

    static String path(String file) {
        return FOLDER + file;
    }

    static String urlPath(String file) {
        return URL_PATH + file;
    }

    static String url(String domain, String file) {
        return "https://" + domain + urlPath(file);
    }

    static String labels(String language) {
        return "labels-" + language + ".json";
    }
}
