package org.ownmeet.installers.browsers;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.privacy.ServedConfig;
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
 * Firefox is kept out of meetings exactly when the profile says so, judged from the
 * {@code interface_config.js} the server serves, run as a browser runs it: Jitsi shows a browser
 * named in its {@code UNSUPPORTED_BROWSERS} the page for unsupported browsers instead of the meeting.
 */
final class UnsupportedBrowsersCheck implements ServerCheck {
    private static final String FILE = "interface_config.js";
    private final boolean excluded;

    UnsupportedBrowsersCheck(boolean excluded) {
        this.excluded = excluded;
    }

    @Override
    public CheckId id() {
        return CheckId.UNSUPPORTED_BROWSERS;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        JsonNode unsupported;
        try (HttpsConnection connection = HttpsConnection.open(new VerifiedTls(target.server(), WebTimeouts.DEFAULT))) {
            HttpResponse response = connection.get("/" + FILE);
            if (!response.isSuccess()) {
                return unreadable("GET /" + FILE + " answered HTTP " + response.status());
            }
            unsupported = new ObjectMapper().readTree(ServedConfig.objectAsJson(response.bodyText(), FILE, "interfaceConfig"))
                    .path("UNSUPPORTED_BROWSERS");
        } catch (IOException | IllegalArgumentException e) {
            return unreadable(FILE + ": " + e.getMessage());
        }
        boolean firefoxOut = false;
        for (JsonNode browser : unsupported) {
            firefoxOut |= "firefox".equals(browser.asText());
        }
        if (excluded && !firefoxOut) {
            return CheckResult.failed(id(), "Firefox can join meetings, although you chose to keep it out. Run OwnMeet again to"
                    + " keep it out.", FILE + ": UNSUPPORTED_BROWSERS is " + unsupported + ", without firefox");
        }
        if (!excluded && firefoxOut) {
            return CheckResult.failed(id(), "Firefox is kept out of meetings, although you chose to let it in. Run OwnMeet again"
                    + " to let it in.", FILE + ": UNSUPPORTED_BROWSERS is " + unsupported);
        }
        return CheckResult.passed(id());
    }

    private CheckResult unreadable(String detail) {
        return CheckResult.failed(id(), "The meeting page's browser settings (" + FILE + ") could not be read, so OwnMeet cannot"
                + " tell whether Firefox can join.", detail);
    }
}
