package org.ownmeet.installers.password;

import java.util.Arrays;

import org.ownmeet.installers.password.problem.MeetingCertificateNotTrustedProblem;
import org.ownmeet.installers.password.problem.MeetingServerUnreachableProblem;
import org.ownmeet.installers.password.problem.NoMeetingServerProblem;
import org.ownmeet.installers.password.problem.PasswordChangeFailedProblem;
import org.ownmeet.installers.password.problem.PasswordChangeRefusedProblem;
import org.ownmeet.installers.password.problem.WeakNewPasswordProblem;
import org.ownmeet.installers.password.problem.WrongCurrentPasswordProblem;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.ConnectionFailure;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.web.WebTimeouts;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;

/**
 * A host changes their own password on the meeting server, as the password page does: XMPP over the
 * server's HTTPS BOSH address with the certificate checked for the domain, log in with the current
 * password, XEP-0077 change, log out. No SSH and no administrator: nobody but the host learns the new
 * password. Every failure is a {@link Problem} of this package with its own code.
 */
public final class OwnPasswordChange {
    private final WebTimeouts timeouts;

    public OwnPasswordChange() {
        this(WebTimeouts.DEFAULT);
    }

    public OwnPasswordChange(WebTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    /** A real meeting server: its domain on port 443, trusted by this computer's certificate authorities. */
    public static HttpsServer server(String domain) {
        return HttpsServer.of(domain, ServerTrust.system());
    }

    /**
     * Changes {@code user}'s password on {@code server} from {@code current} to {@code newPassword}, which
     * must pass {@link PasswordStrengthRule} (checked again here, before anything is sent). The secrets
     * stay the caller's to wipe.
     */
    public void change(HttpsServer server, String user, Secret current, Secret newPassword) {
        String domain = server.domain();
        char[] old = current.chars();
        char[] next = newPassword.chars();
        try {
            PasswordStrengthRule.Verdict verdict = PasswordStrengthRule.check(user, domain, old, next);
            if (!verdict.acceptable()) {
                throw new WeakNewPasswordProblem(verdict.errors());
            }
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(next, '\0');
        }
        try {
            new XmppClient(server, timeouts).changeOwnPassword(user, current, newPassword);
        } catch (XmppProblem problem) {
            throw plain(problem, user, domain);
        }
    }

    static Problem plain(XmppProblem problem, String user, String domain) {
        String detail = problem.detail();
        return switch (problem.kind()) {
            case NOT_AUTHORIZED -> new WrongCurrentPasswordProblem(user, domain, detail);
            case CONNECTION -> connection(problem.connectionFailure(), domain, detail);
            case BOSH_ADDRESS_FAILED, UNKNOWN_XMPP_DOMAIN, LOGIN_METHOD_NOT_OFFERED -> new NoMeetingServerProblem(domain, detail);
            case REQUEST_REFUSED -> new PasswordChangeRefusedProblem(domain, detail);
            case LOGIN_FAILED, NO_RESPONSE, FAILED -> new PasswordChangeFailedProblem(domain, detail);
        };
    }

    private static Problem connection(ConnectionFailure failure, String domain, String detail) {
        if (failure == null) {
            return new PasswordChangeFailedProblem(domain, detail);
        }
        return switch (failure.kind()) {
            case CERTIFICATE_NOT_TRUSTED, CERTIFICATE_WRONG_NAME, CERTIFICATE_EXPIRED, TLS_FAILED ->
                    new MeetingCertificateNotTrustedProblem(domain, failure.userMessage() + " " + detail);
            case UNKNOWN_NAME, REFUSED, NO_ANSWER, UNREACHABLE -> new MeetingServerUnreachableProblem(domain, detail);
            case CONNECTION_FAILED -> new PasswordChangeFailedProblem(domain, detail);
        };
    }
}
