package org.ownmeet.installers.password;

import java.io.IOException;

import com.google.common.hash.Hashing;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;

/**
 * From outside, as a host's browser gets it: the password page is served with its strict policy and
 * the strength rule's figures, and the XMPP library it loads comes from this server and is the
 * distribution's own file, byte for byte.
 */
final class PasswordPageCheck implements ServerCheck {
    private final Profile profile;

    PasswordPageCheck(Profile profile) {
        this.profile = profile;
    }

    @Override
    public CheckId id() {
        return CheckId.PASSWORD_PAGE;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        VerifiedTls tls = new VerifiedTls(target.server(), WebTimeouts.DEFAULT);
        String page = PasswordPageFiles.URL_PATH;
        String library = PasswordPageFiles.URL_PATH + PasswordPageFiles.STROPHE;
        try {
            HttpResponse answer = get(tls, page);
            String policy = answer.header("Content-Security-Policy");
            if (!PasswordPageFiles.CONTENT_SECURITY_POLICY.equals(policy)) {
                return failed("The password page is served without its strict security policy.",
                        "GET " + page + ": Content-Security-Policy " + (policy == null ? "missing" : "is " + policy));
            }
            String html = answer.bodyText();
            String minimum = "data-minimum-length=\"" + PasswordStrengthRule.STANDARD.minimumLength() + "\"";
            if (!html.contains("<script src=\"" + PasswordPageFiles.STROPHE + "\"") || !html.contains(minimum)) {
                return failed("The password page on the server is not the one OwnMeet made.",
                        "GET " + page + " lacks the script " + PasswordPageFiles.STROPHE + " or " + minimum);
            }
            HttpResponse script = get(tls, library);
            FileSnapshot installed = session.files().read(PasswordPageFiles.STROPHE_FILE);
            String served = Hashing.sha256().hashBytes(script.body()).toString();
            if (!installed.exists() || !installed.sha256().equals(served)) {
                return failed("The password page's XMPP library is not the one installed from the distribution.",
                        "GET " + library + " has SHA-256 " + served + ", " + PasswordPageFiles.STROPHE_FILE + " "
                                + (installed.exists() ? installed.sha256() : "is missing"));
            }
            return CheckResult.passed(id());
        } catch (IOException | IllegalArgumentException e) {
            return failed("The password page or its XMPP library could not be read.", e.getMessage());
        }
    }

    private CheckResult failed(String reason, String detail) {
        return CheckResult.failed(id(), reason + " Run OwnMeet again to put it back.", detail);
    }

    private static HttpResponse get(VerifiedTls tls, String path) throws IOException {
        try (HttpsConnection connection = HttpsConnection.open(tls)) {
            HttpResponse response = connection.get(path);
            if (!response.isSuccess()) {
                throw new IOException("GET " + path + " answered HTTP " + response.status());
            }
            return response;
        }
    }
}
