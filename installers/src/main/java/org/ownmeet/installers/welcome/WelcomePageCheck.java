package org.ownmeet.installers.welcome;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.html.HtmlEscapers;
import org.ownmeet.installers.privacy.ServedConfig;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;

/**
 * From outside, as a participant's browser sees it: the welcome page carries the notice and its
 * link, the notice itself is served and names the organisation, config.js points the privacy link
 * and the branding at OwnMeet's files, and the description the app shows in the profile's language
 * no longer says "fully encrypted".
 */
final class WelcomePageCheck implements ServerCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Profile profile;

    WelcomePageCheck(Profile profile) {
        this.profile = profile;
    }

    @Override
    public CheckId id() {
        return CheckId.WELCOME_PAGE_NOTICE;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        VerifiedTls tls = new VerifiedTls(target.server(), WebTimeouts.DEFAULT);
        String domain = profile.domain();
        try {
            String welcome = get(tls, "/");
            if (!welcome.contains("id=\"" + NoticeBanner.ELEMENT_ID + "\"")
                    || !welcome.contains("href=\"" + WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE) + "\"")) {
                return failed("The welcome page does not show the notice with the link to the privacy notice.",
                        "GET / has no element #" + NoticeBanner.ELEMENT_ID + " linking " + WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE));
            }
            String notice = get(tls, WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE));
            if (!notice.contains(HtmlEscapers.htmlEscaper().escape(profile.organisation().name()))) {
                return failed("The privacy notice on the server does not name " + profile.organisation().name() + ".",
                        "GET " + WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE) + " lacks the organisation's name");
            }
            JsonNode config = JSON.readTree(ServedConfig.asJson(get(tls, "/config.js")));
            String noticeUrl = WelcomePageFiles.url(domain, WelcomePageFiles.NOTICE);
            String brandingUrl = WelcomePageFiles.url(domain, WelcomePageFiles.BRANDING);
            if (!noticeUrl.equals(config.path("legalUrls").path("privacy").asText())
                    || !brandingUrl.equals(config.path("dynamicBrandingUrl").asText())) {
                return failed("The meeting page's settings do not point to the privacy notice and the honest description.",
                        "config.js: legalUrls.privacy=" + config.path("legalUrls").path("privacy").asText("(unset)")
                                + ", dynamicBrandingUrl=" + config.path("dynamicBrandingUrl").asText("(unset)"));
            }
            String labelsPath = JSON.readTree(get(tls, WelcomePageFiles.urlPath(WelcomePageFiles.BRANDING)))
                    .path("labels").path(profile.language()).asText();
            String description = JSON.readTree(get(tls, labelsPath)).path(HonestDescription.KEY_GROUP).path(HonestDescription.KEY)
                    .asText();
            if (!description.equals(HonestDescription.sentence(profile.language(), profile.organisation().name()))) {
                return failed("The welcome page does not show the honest sentence about encryption.",
                        "the labels for " + profile.language() + " (" + labelsPath + ") carry another description");
            }
            return CheckResult.passed(id());
        } catch (IOException | IllegalArgumentException e) {
            return failed("The welcome page or the privacy notice could not be read.", e.getMessage());
        }
    }

    private CheckResult failed(String reason, String detail) {
        return CheckResult.failed(id(), reason + " Run OwnMeet again to put it back.", detail);
    }

    private static String get(VerifiedTls tls, String path) throws IOException {
        try (HttpsConnection connection = HttpsConnection.open(tls)) {
            HttpResponse response = connection.get(path);
            if (!response.isSuccess()) {
                throw new IOException("GET " + path + " answered HTTP " + response.status());
            }
            return response.bodyText();
        }
    }
}
