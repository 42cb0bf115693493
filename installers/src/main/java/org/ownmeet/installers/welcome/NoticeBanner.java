package org.ownmeet.installers.welcome;

/**
 * A small notice in the corner of every meeting page (the welcome page and the pre-join screen
 * alike): who runs the service, the honest sentence about encryption, and the link to the privacy
 * notice. nginx adds it to the pages as it serves them, so it needs no package file and survives
 * upgrades; the text is escaped so that it is plain text both in HTML and in nginx's configuration.
 */
final class NoticeBanner {
    static final String ELEMENT_ID = "ownmeet-notice";

    private NoticeBanner() {
    }

    static String html(String language, String organisation) {
        String text = switch (language) {
            case "de" -> "Videokonferenzen von " + organisation + ". Auf dem Übertragungsweg verschlüsselt; Ton und Bild werden auf "
                    + "diesem Server entschlüsselt.";
            case "it" -> "Videoconferenze di " + organisation + ". Cifrate durante la trasmissione; audio e video sono decifrati "
                    + "su questo server.";
            default -> "Video meetings run by " + organisation + ". Encrypted in transit; audio and video are decrypted on this server.";
        };
        String link = switch (language) {
            case "de" -> "Datenschutzhinweise";
            case "it" -> "Informativa privacy";
            default -> "Privacy notice";
        };
        return "<div id=\"" + ELEMENT_ID + "\" style=\"position:fixed;left:8px;bottom:8px;z-index:1000;max-width:40vw;"
                + "padding:4px 8px;border-radius:4px;background:rgba(0,0,0,0.6);color:#fff;font:12px/1.4 sans-serif\">"
                + escaped(text) + " <a href=\"" + WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE)
                + "\" style=\"color:#fff;text-decoration:underline\">" + escaped(link) + "</a></div>";
    }

    /** Letters, digits and plain punctuation as they are; anything else (quotes, $, \, non-ASCII) as an HTML character reference. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || " .,:;()/@+-_".indexOf(c) >= 0)) {
                out.appendCodePoint(c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }
}
