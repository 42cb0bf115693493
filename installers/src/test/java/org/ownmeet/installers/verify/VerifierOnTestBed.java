package org.ownmeet.installers.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.web.WebTimeouts;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The verifier against a real Debian 12 with Debian's Prosody 0.12 and nginx and the stand-in Jitsi
 * packages of one shape: all checks pass on the layout OwnMeet leaves, and each check fails, with a
 * reason that says why, when its part of the layout is missing. Every test starts from that layout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VerifierOnTestBed {
    private DebianTarget target;
    private OwnMeetProsodyLayout layout;

    abstract JitsiShape shape();

    @BeforeAll
    void installJitsiMeet(DebianTarget target, JitsiStandInRepository repository) {
        this.target = target;
        this.layout = new OwnMeetProsodyLayout(target, shape());
        layout.installJitsiMeet(repository);
    }

    @BeforeEach
    void ownMeetLayout() {
        layout.applyOwnMeetLayout();
    }

    private VerifyTarget pinnedTarget() {
        return VerifyTarget.of(target.domain(), ServerTrust.pinned(layout.webCertificatePem())).connectingTo(target.address());
    }

    @Test
    void everyCheckPassesOnTheLayoutOwnMeetLeaves() throws IOException {
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);

        VerificationReport report = new Verifier().verify(pinnedTarget(), accounts);

        assertTrue(report.allPassed(), () -> describe(report));
        assertEquals(List.of(CheckId.HTTPS, CheckId.HOST_LOGIN, CheckId.NO_ANONYMOUS_MEETINGS, CheckId.GUEST_LOGIN,
                CheckId.GUESTS_CANNOT_OPEN_MEETINGS, CheckId.NO_SIGN_UP, CheckId.NO_INVITATIONS, CheckId.NO_LOGIN_WITHOUT_TLS,
                CheckId.PASSWORD_CHANGE, CheckId.VERIFICATION_ACCOUNT_REMOVED), report.checks().stream().map(CheckResult::check).toList(),
                "the checks from outside, in order; the installers add theirs on the server");
        assertEquals(accounts.created, accounts.deleted);
        assertEquals("", layout.verificationAccountsLeft());
        assertNoPasswordIn(report, accounts);
        String signUp = report.result(CheckId.NO_SIGN_UP).detail();
        for (String host : List.of(target.domain(), "guest." + target.domain(), "auth." + target.domain())) {
            assertTrue(signUp.contains(host + " refused"), signUp);
        }
        assertTrue(report.result(CheckId.NO_LOGIN_WITHOUT_TLS).detail().contains("(STARTTLS required)"),
                () -> describe(report));
    }

    @Test
    void mainHostOnAnonymousLetsAnyoneOpenMeetings() throws IOException {
        layout.mainHostLeftAnonymous();
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);

        VerificationReport report = new Verifier().verify(pinnedTarget(), accounts);

        CheckResult anonymous = report.result(CheckId.NO_ANONYMOUS_MEETINGS);
        assertFalse(anonymous.passed(), () -> describe(report));
        assertTrue(anonymous.reason().contains("anyone can open a meeting (anonymous room creation is possible)"), anonymous.reason());
        assertTrue(anonymous.detail().contains("SASL ANONYMOUS on " + target.domain() + " succeeded"), anonymous.detail());
        assertTrue(report.result(CheckId.GUEST_LOGIN).passed(), () -> describe(report));
        assertFalse(report.result(CheckId.HOST_LOGIN).passed(), () -> describe(report));
        assertTrue(report.result(CheckId.VERIFICATION_ACCOUNT_REMOVED).passed(), () -> describe(report));
        assertEquals("", layout.verificationAccountsLeft());
        assertNoPasswordIn(report, accounts);
    }

    @Test
    void withoutTheGuestHostGuestsCannotJoin() throws IOException {
        layout.guestHostMissing();
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);

        VerificationReport report = new Verifier().verify(pinnedTarget(), accounts);

        CheckResult guests = report.result(CheckId.GUEST_LOGIN);
        assertFalse(guests.passed(), () -> describe(report));
        assertEquals("The server has no guest host guest." + target.domain() + ", so invited guests cannot join meetings.",
                guests.reason());
        assertTrue(guests.detail().contains("improper-addressing"), guests.detail());
        assertEquals(List.of(guests, report.result(CheckId.GUESTS_CANNOT_OPEN_MEETINGS)), report.failed(), () -> describe(report));
        assertEquals("", layout.verificationAccountsLeft());
    }

    /** Each of these checks fails when its setting is put back by hand, and says which. */
    @Test
    void signUpInvitationsPlainLoginsAndGuestRoomsPutBackByHandEachFail() throws IOException {
        layout.signUpInvitationsPlainLoginsAndRoomCreationPutBack();
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);

        VerificationReport report = new Verifier().verify(pinnedTarget(), accounts);

        CheckResult signUp = report.result(CheckId.NO_SIGN_UP);
        assertEquals("Anyone can sign up for an account on " + target.domain() + " and then open meetings. Prosody's "
                + "allow_registration must be false there.", signUp.reason(), () -> describe(report));
        assertTrue(signUp.detail().contains("removed again"), signUp.detail());
        CheckResult invitations = report.result(CheckId.NO_INVITATIONS);
        assertTrue(invitations.reason().startsWith("A host can create an invitation link on " + target.domain()),
                () -> describe(report));
        assertTrue(invitations.detail().contains("urn:xmpp:invite#invite completed"), invitations.detail());
        CheckResult plain = report.result(CheckId.NO_LOGIN_WITHOUT_TLS);
        assertTrue(plain.reason().startsWith(target.domain() + " offers logging in on port 5222 before the connection is "
                + "encrypted"), () -> describe(report));
        CheckResult rooms = report.result(CheckId.GUESTS_CANNOT_OPEN_MEETINGS);
        assertTrue(rooms.reason().startsWith("A guest can open a new meeting without an account."), () -> describe(report));
        assertEquals(List.of(rooms, signUp, invitations, plain), report.failed(), () -> describe(report));
        assertEquals("", layout.verificationAccountsLeft(), "the stranger's account is removed again");
        assertNoPasswordIn(report, accounts);
    }

    @Test
    void withoutTheRegisterModuleHostsCannotChangeTheirPassword() throws IOException {
        layout.registerModuleDisabled();
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);

        VerificationReport report = new Verifier().verify(pinnedTarget(), accounts);

        CheckResult change = report.result(CheckId.PASSWORD_CHANGE);
        assertFalse(change.passed(), () -> describe(report));
        assertTrue(change.reason().startsWith("Hosts cannot change their own password: the server refused the change."),
                change.reason());
        assertTrue(change.detail().contains("service-unavailable"), change.detail());
        assertEquals(List.of(change), report.failed(), () -> describe(report));
        assertEquals(accounts.created, accounts.deleted);
        assertEquals("", layout.verificationAccountsLeft());
        assertNoPasswordIn(report, accounts);
    }

    @Test
    void aDifferentPinnedCertificateFailsTheHttpsCheckAndNoAccountIsMade() {
        String otherCertificate = target.root("""
                cd $(mktemp -d)
                openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=%1$s" \
                    -addext "subjectAltName=DNS:%1$s" 2>/dev/null
                cat cert.pem
                """.formatted(target.domain())).run().output();
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);
        VerifyTarget impostor = VerifyTarget.of(target.domain(), ServerTrust.pinned(otherCertificate)).connectingTo(target.address());

        VerificationReport report = new Verifier().verify(impostor, accounts);

        CheckResult https = report.result(CheckId.HTTPS);
        assertFalse(https.passed());
        assertTrue(https.reason().startsWith("The server's certificate is not the one OwnMeet expected"), https.reason());
        assertTrue(https.reason().contains("the pinned certificate CN=" + target.domain()), https.reason());
        for (CheckId check : List.of(CheckId.HOST_LOGIN, CheckId.NO_ANONYMOUS_MEETINGS, CheckId.GUEST_LOGIN, CheckId.PASSWORD_CHANGE)) {
            assertTrue(report.result(check).reason().startsWith("Not checked, because the meeting address does not answer securely"),
                    () -> describe(report));
        }
        assertTrue(accounts.created.isEmpty());
    }

    @Test
    void theSystemsAuthoritiesDoNotTrustTheSelfSignedCertificate() {
        VerifyTarget systemTrust = VerifyTarget.of(target.domain(), ServerTrust.system()).connectingTo(target.address());

        CheckResult https = new Verifier().verify(systemTrust, new ProsodyctlAccounts(target)).result(CheckId.HTTPS);

        assertFalse(https.passed());
        assertTrue(https.reason().contains("not trusted by the certificate authorities this computer trusts"), https.reason());
    }

    @Test
    void aCertificateForAnotherNameFailsTheHttpsCheck() {
        // the real certificate, pinned, but the meeting is expected under another name
        VerifyTarget otherName = VerifyTarget.of("meet.elsewhere.test", ServerTrust.pinned(layout.webCertificatePem()))
                .connectingTo(target.address());

        CheckResult https = new Verifier().verify(otherName, new ProsodyctlAccounts(target)).result(CheckId.HTTPS);

        assertFalse(https.passed());
        assertEquals("The server's certificate is not made out for meet.elsewhere.test, so browsers will warn everyone "
                + "who opens a meeting.", https.reason());
    }

    @Test
    void aServerThatDoesNotAnswerFailsWithinSeconds() {
        // the target drops every answer to this machine, as a dead server or a firewall does
        target.root("ip route add blackhole 10.203.0.1/32").run();
        try {
            WebTimeouts timeouts = new WebTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
            long start = System.nanoTime();
            VerificationReport report = new Verifier(timeouts).verify(pinnedTarget(), new ProsodyctlAccounts(target));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
            CheckResult https = report.result(CheckId.HTTPS);
            assertEquals("The server did not answer within 2 seconds. Check that it is switched on and that no firewall "
                    + "blocks port 443.", https.reason());
            assertEquals(9, report.failed().size(), () -> describe(report));
        } finally {
            target.root("ip route del blackhole 10.203.0.1/32").run();
        }
    }

    @Test
    void debiansGlobalRegisterModuleAloneLetsHostsChangeTheirPassword() {
        layout.registerOnlyGlobally();

        VerificationReport report = new Verifier().verify(pinnedTarget(), new ProsodyctlAccounts(target));

        assertTrue(report.allPassed(), () -> describe(report));
    }

    @Test
    void aStoppedWebServerRefusesConnections() {
        target.root("systemctl stop nginx").run();
        try {
            VerificationReport report = new Verifier().verify(pinnedTarget(), new ProsodyctlAccounts(target));

            assertEquals("The server refused connections on port 443: the web server (nginx) does not seem to run, or a "
                    + "firewall rejects the port.", report.result(CheckId.HTTPS).reason());
        } finally {
            target.root("systemctl start nginx").run();
        }
    }

    @Test
    void aStoppedProsodyIsToldApartFromAStoppedWebServer() {
        target.root("systemctl stop prosody").run();
        try {
            // prosodyctl makes and removes accounts without a running server
            VerificationReport report = new Verifier().verify(pinnedTarget(), new ProsodyctlAccounts(target));

            assertTrue(report.result(CheckId.HTTPS).passed(), () -> describe(report));
            CheckResult guests = report.result(CheckId.GUEST_LOGIN);
            assertEquals("Guests cannot join meetings: The server's XMPP address answered with HTTP status 502: the web "
                    + "server cannot reach the XMPP server (Prosody): check that it runs.", guests.reason());
            assertTrue(report.result(CheckId.VERIFICATION_ACCOUNT_REMOVED).passed(), () -> describe(report));
            assertEquals("", layout.verificationAccountsLeft());
        } finally {
            layout.restartProsody();
        }
    }

    @Test
    void aHostChangesTheirOwnPasswordWithTheSameClient() {
        String name = "alice" + System.nanoTime() % 100000;
        ProsodyctlAccounts accounts = new ProsodyctlAccounts(target);
        accounts.addHost(name, "first-Password-1");
        XmppClient client = new XmppClient(pinnedTarget().server());
        try (Secret first = Secret.of("first-Password-1"); Secret second = Secret.of("second-Password-2")) {
            client.changeOwnPassword(name, first, second);

            XmppProblem refused = org.junit.jupiter.api.Assertions.assertThrows(XmppProblem.class, () -> client.logIn(name, first));
            assertEquals(XmppProblem.Kind.NOT_AUTHORIZED, refused.kind());
            assertFalse(refused.getMessage().contains("first-Password-1"));
            try (XmppSession session = client.logIn(name, second)) {
                assertTrue(session.address().startsWith(name + "@" + target.domain() + "/"), session.address());
            }
        }
    }

    private static void assertNoPasswordIn(VerificationReport report, ProsodyctlAccounts accounts) throws IOException {
        Path log = Path.of("target", "ownmeet-test.log");
        String logText = Files.exists(log) ? Files.readString(log) : "";
        for (String password : accounts.passwordsSeen) {
            assertFalse(report.toString().contains(password), "a password is in the report");
            assertFalse(logText.contains(password), "a password is in the log");
        }
    }

    static String describe(VerificationReport report) {
        StringBuilder text = new StringBuilder(report.domain()).append(":\n");
        for (CheckResult result : report.checks()) {
            text.append(result.passed() ? "  PASS " : "  FAIL ").append(result.title());
            if (!result.passed()) {
                text.append("\n       ").append(result.reason()).append("\n       [").append(result.detail()).append("]");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
