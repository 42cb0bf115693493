package org.ownmeet.installers.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.acme.Pebble;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.network.TestBedDns;
import org.ownmeet.testbed.network.TestBedNetwork;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The certificate of one server through its life, on one target with Pebble (a real ACME CA) and the
 * test bed's DNS, which Pebble and the target resolve through: each preflight failure stops before
 * any order reaches Pebble; then a certificate issued over real HTTP-01 is served by nginx, Prosody's
 * main host and coturn; a second run changes nothing; a renewal is installed by the hook; a broken
 * lineage is refused and every file stays; a run cut off right after the order converges without a
 * second order; a refused request is not repeated within the hour; the switches to self-signed and
 * to the user's own files.
 */
@TestBedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificatesOnTestBedTest {
    private static final String PEBBLE_TRUST = "/usr/local/share/ca-certificates/ownmeet-test-pebble-listener.crt";
    @TempDir
    Path dir;
    private DebianTarget target;
    private Pebble pebble;
    private TestBedDns dns;
    private Profile letsEncrypt;
    private String domain;

    @BeforeAll
    void setUp(DebianTarget target, Pebble pebble, TestBedDns dns, JitsiStandInRepository repository) {
        this.target = target;
        this.pebble = pebble;
        this.dns = dns;
        this.domain = target.domain();
        Profile base = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        this.letsEncrypt = base.withCertificates(new Certificates(CertificateMode.LETS_ENCRYPT, pebble.directoryUrl(), null, null));
        trustPebble();
    }

    @Test
    @Order(1)
    void aNameWithoutAnAddressStopsTheFreshRunBeforeAnyOrder() {
        dns.removeA(domain);
        Plan plan = EngineRun.plan(target, dir, letsEncrypt, ApplyOptions.defaults());
        assertTrue(plan.describe().contains("Install the Let's Encrypt certificate"), plan.describe());
        long orders = pebble.orderCount();

        NoAddressProblem problem = assertThrows(NoAddressProblem.class, () -> apply(letsEncrypt));

        assertTrue(problem.userMessage().startsWith("The name " + domain + " does not lead anywhere yet"), problem.userMessage());
        assertNoOrderSince(orders);
        assertEquals("installed", root("dpkg-query -W -f='${db:Status-Status}' certbot"), "certbot comes from the archive first");
        assertEquals("active\nactive\nactive", root("systemctl is-active nginx prosody coturn || true"));
    }

    @Test
    @Order(2)
    void anAddressRecordPointingElsewhereStopsBeforeAnyOrder() {
        pointAt("10.203.0.250");
        Plan plan = EngineRun.plan(target, dir, letsEncrypt, ApplyOptions.defaults());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.english().contains("points to 10.203.0.250")), plan.warnings().toString());
        long orders = pebble.orderCount();

        PointsElsewhereProblem problem = assertThrows(PointsElsewhereProblem.class, () -> apply(letsEncrypt));

        assertTrue(problem.userMessage().contains("points to 10.203.0.250, but this server's address is " + target.address()),
                problem.userMessage());
        assertNoOrderSince(orders);
        assertNoCheckFileLeft();
    }

    @Test
    @Order(3)
    void anIpv6RecordPointingElsewhereStopsBeforeAnyOrder() {
        pointAt(target.address());
        dns.addAaaa(domain, "2001:db8::1");
        long orders = pebble.orderCount();
        try {
            PointsElsewhereProblem problem = assertThrows(PointsElsewhereProblem.class, () -> apply(letsEncrypt));
            assertTrue(problem.userMessage().contains("points to 2001:db8::1") && problem.userMessage().contains("AAAA record"),
                    problem.userMessage());
        } finally {
            dns.removeAaaa(domain);
        }
        assertNoOrderSince(orders);
    }

    @Test
    @Order(4)
    void aClosedPort80StopsBeforeAnyOrder() {
        long orders = pebble.orderCount();
        root("systemctl stop nginx");
        try {
            PortClosedProblem problem = assertThrows(PortClosedProblem.class, () -> apply(letsEncrypt));
            assertTrue(problem.userMessage().startsWith("Port 80 of this server (" + target.address() + ") does not answer"),
                    problem.userMessage());
            assertTrue(problem.detail().contains("ConnectException"), problem.detail());
        } finally {
            root("systemctl start nginx");
        }
        assertNoOrderSince(orders);
    }

    @Test
    @Order(5)
    void anotherServerAnsweringOnPort80StopsBeforeAnyOrder() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(TestBedNetwork.HOST_ADDRESS, 80), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        other.start();
        pointAt(TestBedNetwork.HOST_ADDRESS);
        long orders = pebble.orderCount();
        try {
            OtherServerAnswersProblem problem = assertThrows(OtherServerAnswersProblem.class, () -> apply(letsEncrypt));
            assertTrue(problem.userMessage().startsWith("Something answers on port 80 at " + TestBedNetwork.HOST_ADDRESS),
                    problem.userMessage());
            assertTrue(problem.detail().contains("HTTP 404"), problem.detail());
        } finally {
            other.stop(0);
            pointAt(target.address());
        }
        assertNoOrderSince(orders);
        assertNoCheckFileLeft();
    }

    @Test
    @Order(6)
    void aCertificateIssuedOverHttp01IsServedByNginxProsodyAndCoturn() {
        String authCertificate = root("sha256sum /var/lib/prosody/auth." + domain + ".crt");
        String authServed = servedFingerprint("-starttls xmpp -xmpphost auth." + domain, 5222);
        Plan plan = EngineRun.plan(target, dir, letsEncrypt, ApplyOptions.defaults());
        assertTrue(plan.describe().contains("Ask the certificate service at 10.203.0.1 for a certificate for " + domain)
                && plan.describe().contains("one request (certbot certonly --webroot -w /usr/share/jitsi-meet)"), plan.describe());
        long orders = pebble.orderCount();

        ApplyResult result = apply(letsEncrypt);

        assertEquals(orders + 1, pebble.orderCount(), "exactly one order");
        // the steps before were made by the runs the preflight stopped; those after run now for the first time
        assertEquals("certificates", result.made().get(0).id(), result.made().toString());
        assertTrue(result.restarted().containsAll(List.of("prosody", "coturn", "nginx")), result.restarted().toString());
        String serial = lineageSerial();
        assertEquals(serial, servedSerial("", 443), "nginx");
        assertEquals(serial, servedSerial("-starttls xmpp -xmpphost " + domain, 5222), "Prosody's main host");
        assertEquals(serial, servedSerial("", 5349), "coturn's TLS port");
        assertIssuedByPebble(443, "");
        assertIssuedByPebble(5222, "-starttls xmpp -xmpphost " + domain);
        assertEquals(authCertificate, root("sha256sum /var/lib/prosody/auth." + domain + ".crt"), "auth.<domain> as the packages made it");
        assertEquals(authServed, servedFingerprint("-starttls xmpp -xmpphost auth." + domain, 5222));
        assertTrue(root("prosodyctl check certs 2>&1 | grep -A3 'for " + domain + "$' || true").contains("Certificate:"));

        VerificationReport report = verify(letsEncrypt);
        assertTrue(report.allPassed(), report.toString());
        assertTrue(report.result(CheckId.CERTIFICATE).detail().contains("read over SSH"), report.result(CheckId.CERTIFICATE).detail());
        assertTrue(report.result(CheckId.CERTIFICATE_RENEWAL).detail().contains("certbot.timer enabled and active"),
                report.result(CheckId.CERTIFICATE_RENEWAL).detail());
    }

    @Test
    @Order(7)
    void aSecondRunChangesNothingAndAsksForNothing() {
        String before = fingerprint();
        long orders = pebble.orderCount();

        ApplyResult again = apply(letsEncrypt);

        assertEquals(0, again.changeCount(), again.made().toString());
        assertEquals(List.of(), again.restarted());
        assertEquals(1, again.roundTrips(), "the whole state in one round trip");
        assertEquals(before, fingerprint());
        assertNoOrderSince(orders);
    }

    @Test
    @Order(8)
    void aRenewalIsInstalledByTheHook() {
        String old = lineageSerial();
        long orders = pebble.orderCount();

        String renewal = target.root("certbot renew --force-renewal --no-random-sleep-on-renew 2>&1")
                .timeout(Duration.ofMinutes(3)).run().output();

        assertTrue(renewal.contains("all renewals succeeded"), renewal);
        assertEquals(orders + 1, pebble.orderCount());
        String renewed = lineageSerial();
        assertNotEquals(old, renewed);
        assertEquals(renewed, servedSerial("", 443), "nginx reloaded the renewed certificate");
        assertEquals(renewed, servedSerial("-starttls xmpp -xmpphost " + domain, 5222), "Prosody reloaded it");
        assertEquals(renewed, servedSerial("", 5349), "coturn restarted with it");
        assertEquals(0, apply(letsEncrypt).changeCount(), "the hook installed it as OwnMeet does");
    }

    /** A lineage whose key does not match: nginx refuses it, every file is put back, the services run on. */
    @Test
    @Order(9)
    void aCertificateNginxRefusesIsUndoneByteForByte() {
        String served = servedSerial("", 443);
        String key = "/etc/letsencrypt/live/" + domain + "/privkey.pem";
        root("cp --preserve=all \"$(readlink -f " + key + ")\" /root/privkey.kept && openssl genpkey -algorithm EC "
                + "-pkeyopt ec_paramgen_curve:P-256 -out \"$(readlink -f " + key + ")\"");
        String before = fingerprint();
        try {
            List<EngineEvent> events = new CopyOnWriteArrayList<>();
            ChangeRejectedProblem rejected = assertThrows(ChangeRejectedProblem.class, () -> new EngineRun()
                    .applyWith(target, dir, letsEncrypt, ApplyOptions.defaults(), events::add));
            assertTrue(rejected.detail().startsWith("nginx -t failed"), rejected.detail());
            assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.ChecksFailedAndUndone), events.toString());
            assertEquals(before, fingerprint(), "every file as it was");
            assertEquals("active\nactive\nactive", root("systemctl is-active nginx prosody coturn || true"));
            assertEquals(served, servedSerial("", 443));

            HostCommand.Result hook = target.root("RENEWED_LINEAGE=/etc/letsencrypt/live/" + domain + " " + RenewalHook.PATH)
                    .runAllowingFailure();
            assertNotEquals(0, hook.exitCode(), "a renewal with that key fails too");
            assertTrue(hook.output().contains(InstallScript.REJECTED + " nginx -t"), hook.output());
            assertEquals(before, fingerprint(), "and puts every file back as well");
        } finally {
            root("cp --preserve=all /root/privkey.kept \"$(readlink -f " + key + ")\" && rm /root/privkey.kept");
        }
        assertTrue(EngineRun.plan(target, dir, letsEncrypt, ApplyOptions.defaults()).isEmpty());
    }

    @Test
    @Order(10)
    void aRunCutOffRightAfterTheOrderConvergesWithoutASecondOrder() {
        root("certbot delete --non-interactive --cert-name " + domain + " >/dev/null 2>&1");
        long orders = pebble.orderCount();
        AtomicBoolean cut = new AtomicBoolean();
        EngineListener cutter = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
            }

            @Override
            public void on(SshEvent event) {
                if (event instanceof SshEvent.OutputLine line && line.text().contains("Successfully received certificate")
                        && cut.compareAndSet(false, true)) {
                    root("pkill -KILL -f '^sshd: " + target.user() + "' || true");
                }
            }
        };

        assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, letsEncrypt, ApplyOptions.defaults(), cutter));
        assertTrue(cut.get(), "cut where intended");
        assertNotEquals(lineageSerial(), servedSerial("", 443), "cut before the new certificate was installed");

        apply(letsEncrypt);

        assertEquals(orders + 1, pebble.orderCount(), "one order in all");
        assertTrue(EngineRun.plan(target, dir, letsEncrypt, ApplyOptions.defaults()).isEmpty(), "nothing left to do");
        assertEquals("none", root("test -e /etc/ownmeet/restart-pending && echo due || echo none"));
        assertEquals(lineageSerial(), servedSerial("", 443));
        assertEquals(lineageSerial(), servedSerial("-starttls xmpp -xmpphost " + domain, 5222));
    }

    @Test
    @Order(11)
    void aRefusedRequestIsNotRepeatedWithinTheHour() {
        root("rm " + PEBBLE_TRUST + " && update-ca-certificates --fresh >/dev/null 2>&1 && certbot delete --non-interactive "
                + "--cert-name " + domain + " >/dev/null 2>&1");
        long orders = pebble.orderCount();
        CertificateRequestFailedProblem failed;
        try {
            failed = assertThrows(CertificateRequestFailedProblem.class, () -> apply(letsEncrypt));
        } finally {
            trustPebble();
        }
        assertTrue(failed.userMessage().contains("Try again in an hour"), failed.userMessage());
        assertNoOrderSince(orders);
        assertTrue(root("cat " + FailedRequest.PATH).contains("directory " + pebble.directoryUrl()));
        String certbotRuns = root("ls /var/log/letsencrypt | wc -l");

        RequestTooSoonProblem tooSoon = assertThrows(RequestTooSoonProblem.class, () -> apply(letsEncrypt));

        assertTrue(tooSoon.userMessage().contains("so OwnMeet asks again only after"), tooSoon.userMessage());
        assertEquals(certbotRuns, root("ls /var/log/letsencrypt | wc -l"), "certbot did not run");
        assertNoOrderSince(orders);

        root("rm " + FailedRequest.PATH);
        apply(letsEncrypt);
        assertEquals(orders + 1, pebble.orderCount());
        assertEquals("gone", root("test -e " + FailedRequest.PATH + " && echo left || echo gone"));
        assertTrue(verify(letsEncrypt).allPassed());
    }

    @Test
    @Order(12)
    void switchingToSelfSignedStopsTheRenewalsAndPutsAFreshTrialCertificateInPlace() {
        Profile selfSigned = letsEncrypt.withCertificates(new Certificates(CertificateMode.SELF_SIGNED, null, null, null));
        Plan plan = EngineRun.plan(target, dir, selfSigned, ApplyOptions.defaults());
        assertTrue(plan.describe().contains("Stop renewing the Let's Encrypt certificate"), plan.describe());

        apply(selfSigned);

        assertEquals("gone", root("test -e " + RenewalHook.PATH + " -o -e /etc/letsencrypt/renewal/" + domain + ".conf "
                + "&& echo left || echo gone"));
        String issuer = HostCommand.bash("echo | openssl s_client -connect " + target.address() + ":443 -servername " + domain
                + " 2>/dev/null | openssl x509 -noout -subject -issuer").run().output();
        assertEquals("subject=CN = " + domain + "\nissuer=CN = " + domain, issuer.strip());
        assertEquals(servedSerial("", 443), servedSerial("-starttls xmpp -xmpphost " + domain, 5222));
        assertTrue(EngineRun.plan(target, dir, selfSigned, ApplyOptions.defaults()).isEmpty());
        assertTrue(verify(selfSigned).allPassed());
    }

    @Test
    @Order(13)
    void ownFilesAreCheckedHereInstalledThereAndTheKeyShowsNowhere() throws IOException {
        TestCertificates.Pair pair = TestCertificates.forDomain(domain);
        Path chain = TestCertificates.write(dir, "fullchain.pem", pair.certificatePem());
        Path key = TestCertificates.write(dir, "privkey.pem", pair.keyPem());
        Path otherKey = TestCertificates.write(dir, "other.pem", TestCertificates.forDomain(domain).keyPem());
        Path wrongName = TestCertificates.write(dir, "wrong-name.pem", TestCertificates.forDomain("meet.elsewhere.test").certificatePem());
        Path garbage = TestCertificates.write(dir, "garbage.pem", "not a certificate\n");
        String before = fingerprint();
        for (Certificates bad : List.of(own(chain, otherKey), own(wrongName, key), own(garbage, key), own(chain, garbage))) {
            assertThrows(InvalidProfileProblem.class, () -> apply(letsEncrypt.withCertificates(bad)));
        }
        assertEquals(before, fingerprint(), "a bad pair never reaches the server");

        Profile ownFiles = letsEncrypt.withCertificates(own(chain, key));
        Plan plan = EngineRun.plan(target, dir, ownFiles, ApplyOptions.defaults());
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        ApplyResult result = new EngineRun().applyWith(target, dir, ownFiles, ApplyOptions.defaults(), events::add);

        assertEquals(1, result.changeCount());
        String fingerprint = HostCommand.bash("openssl x509 -noout -fingerprint -sha256 -in " + chain).run().output().strip();
        assertEquals(fingerprint, servedFingerprint("", 443));
        assertEquals(fingerprint, servedFingerprint("-starttls xmpp -xmpphost " + domain, 5222));
        assertEquals(0, apply(ownFiles).changeCount());
        assertTrue(verify(ownFiles).allPassed());
        String everything = plan.describe() + events + Files.readString(Path.of("target", "ownmeet-test.log"));
        pair.keyPem().lines().filter(line -> !line.startsWith("-----"))
                .forEach(line -> assertFalse(everything.contains(line), "a line of the private key showed"));
        assertTrue(plan.describe().contains("the private key is not shown"), plan.describe());
    }

    /** The domain's A record names this address only (the test bed's DNS adds to a record unless it is cleared first). */
    private void pointAt(String address) {
        dns.removeA(domain);
        dns.addA(domain, address);
    }

    private ApplyResult apply(Profile profile) {
        return EngineRun.apply(target, dir, profile, ApplyOptions.defaults());
    }

    private VerificationReport verify(Profile profile) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("verify-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    private void trustPebble() {
        target.root("cat > " + PEBBLE_TRUST + " && update-ca-certificates >/dev/null 2>&1").stdin(pebble.listenerCertificatePem()).run();
    }

    private void assertNoOrderSince(long orders) {
        assertEquals(orders, pebble.orderCount(), "no order reached Pebble");
    }

    private void assertNoCheckFileLeft() {
        assertEquals("", root("ls " + RequestCertificate.CHALLENGES + " 2>/dev/null || true"));
    }

    private String root(String script) {
        return target.root(script).run().output().strip();
    }

    private String lineageSerial() {
        return root("openssl x509 -noout -serial -in /etc/letsencrypt/live/" + domain + "/cert.pem");
    }

    /** {@code openssl s_client} on this machine, as any client outside the server. */
    private String servedSerial(String options, int port) {
        return served(options, port, "-serial");
    }

    private String servedFingerprint(String options, int port) {
        return served(options, port, "-fingerprint -sha256");
    }

    private String served(String options, int port, String what) {
        return HostCommand.bash("echo | timeout 20 openssl s_client -connect " + target.address() + ":" + port + " -servername "
                + domain + " " + options + " 2>/dev/null | openssl x509 -noout " + what).run().output().strip();
    }

    private void assertIssuedByPebble(int port, String options) {
        Path root = TestCertificates.write(dir, "pebble-root.pem", pebble.issuingRootPem());
        String verified = HostCommand.bash("echo | timeout 20 openssl s_client -connect " + target.address() + ":" + port
                + " -servername " + domain + " " + options + " -CAfile " + root + " -verify_hostname " + domain
                + " 2>&1 | grep 'Verify return code'").run().output();
        assertTrue(verified.contains("Verify return code: 0 (ok)"), port + ": " + verified);
    }

    /** Content, mode, owner and time of every file the packages, certbot and OwnMeet keep for this. */
    private String fingerprint() {
        return root("find /etc/prosody /etc/jitsi /etc/ownmeet /etc/letsencrypt /var/lib/prosody /etc/turnserver.conf -type f "
                + "-printf '%p %m %u %g %T@ ' -exec sha256sum {} \\; | sort");
    }

    private static Certificates own(Path chain, Path key) {
        return new Certificates(CertificateMode.OWN_FILES, null, chain.toString(), key.toString());
    }
}
