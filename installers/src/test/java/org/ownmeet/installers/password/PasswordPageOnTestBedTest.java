package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.browser.HeadlessChromium;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The password page on one target, after one fresh apply: served with its policy and the
 * distribution's library, a second apply changes nothing; in Debian's chromium a host replaces the
 * one-time password (checked with OwnMeet's own XMPP client), a wrong current password, a weak new
 * one and a server that cannot be reached each get their message, and the page asks nothing of any
 * other host; a change nginx refuses is put back. Pictures of each state go to target/screenshots
 * (or {@code -Downmeet.screenshots.dir}).
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordPageOnTestBedTest {
    private static final Set<String> BROWSER_INTERNAL = Set.of("chrome", "data", "about", "blob");
    @TempDir
    static Path dir;
    private static ApplyContext.HostCredential alice;

    private static Profile profile(DebianTarget target, JitsiStandInRepository repository) {
        return EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
    }

    @Test
    @Order(1)
    void aFreshApplyPublishesThePageWithItsPolicyAndASecondChangesNothing(DebianTarget target, JitsiStandInRepository repository) {
        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository), ApplyOptions.defaults());
        assertTrue(result.made().stream().map(Plan.Step::id).toList().contains("password-page"));
        alice = result.newHosts().get(0);
        String headers = target.root("curl -skI --resolve " + target.domain() + ":443:127.0.0.1 https://" + target.domain()
                + PasswordPageFiles.URL_PATH).run().output();
        assertTrue(headers.toLowerCase(java.util.Locale.ROOT).contains(("content-security-policy: "
                + PasswordPageFiles.CONTENT_SECURITY_POLICY).toLowerCase(java.util.Locale.ROOT)), headers);
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("check"), e -> { })) {
            CheckResult check = new PasswordPageCheck(profile(target, repository)).after(session, verifyTarget(target));
            assertTrue(check.passed(), check.toString());
        }
        String before = EngineTestSupport.fingerprint(target);
        ApplyResult again = EngineRun.apply(target, dir, profile(target, repository), ApplyOptions.defaults());
        assertEquals(0, again.changeCount());
        EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file byte for byte, with its time stamps");
    }

    @Test
    @Order(2)
    void aHostChangesTheOneTimePasswordOnThePage(DebianTarget target) throws Exception {
        String domain = target.domain();
        String ownPassword = "a phrase only she knows " + System.nanoTime();
        try (HeadlessChromium chromium = HeadlessChromium.start(domain, target.address(), spkiSha256(certificate(target)))) {
            RemoteWebDriver browser = chromium.driver();
            chromium.emulateScreen(390, 844, 2, true);
            browser.get("https://" + domain + PasswordPageFiles.URL_PATH);
            assertEquals("Change my password", browser.findElement(By.tagName("h1")).getText());
            screenshot(browser, "empty");

            String oneTime = new String(alice.oneTimePassword().chars());
            submit(browser, "alice", "not-the-password", "a fine new passphrase");
            await(browser, "wrong");
            screenshot(browser, "wrong-password");

            submit(browser, "alice", oneTime, "short");
            await(browser, "too-short");
            assertTrue(browser.findElement(By.id("too-short")).getText().contains("at least 12 characters"));
            screenshot(browser, "weak");

            submit(browser, "alice", oneTime, "my name is Alice, as all know");
            await(browser, "same-as-user-name");

            submit(browser, "alice", oneTime, ownPassword);
            await(browser, "success");
            screenshot(browser, "success");

            target.root("systemctl stop prosody").run();
            try {
                submit(browser, "alice", ownPassword, "yet another fine passphrase");
                await(browser, "unreachable");
                screenshot(browser, "unreachable");
            } finally {
                target.root("systemctl start prosody").run();
            }

            chromium.emulateScreen(1280, 860, 1, false);
            browser.navigate().refresh();
            screenshot(browser, "desktop");

            Set<String> hosts = requestedHosts(browser);
            assertEquals(Set.of("https://" + domain), hosts, "every request the browser made went to the meeting server");
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                assertFalse(entry.getMessage().contains("Content Security Policy"), entry.getMessage());
            }
        }
        XmppClient xmpp = new XmppClient(verifyTarget(target).server());
        XmppProblem refused = assertThrows(XmppProblem.class, () -> xmpp.logIn("alice", alice.oneTimePassword()).close());
        assertEquals(XmppProblem.Kind.NOT_AUTHORIZED, refused.kind());
        try (Secret own = Secret.of(ownPassword); XmppSession session = xmpp.logIn("alice", own)) {
            assertTrue(session.address().startsWith("alice@" + domain), session.address());
        }
    }

    /** The admin's own location for the same path makes nginx refuse the page's lines: the site is put back byte for byte. */
    @Test
    @Order(3)
    void aChangeNginxRefusesIsPutBack(DebianTarget target, JitsiStandInRepository repository) {
        String site = JitsiFiles.nginxSite(target.domain());
        target.root("cp -p " + site + " /root/site.applied && sed -i '/# BEGIN OwnMeet password-page/,/# END OwnMeet password-page/d' "
                + site + " && sed -i '/listen 443/a\\    location ^~ " + PasswordPageFiles.URL_PATH
                + " { return 404; }' " + site + " && nginx -t 2>&1 && systemctl reload nginx").run();
        String before = EngineTestSupport.fingerprint(target);
        assertThrows(ChangeRejectedProblem.class, () -> EngineRun.apply(target, dir, profile(target, repository), ApplyOptions.defaults()));
        EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file as it was");
        assertEquals("active", target.root("systemctl is-active nginx || true").run().output().strip());

        target.root("cp -p /root/site.applied " + site + " && systemctl reload nginx").run();
        assertTrue(EngineRun.plan(target, dir, profile(target, repository), ApplyOptions.defaults()).isEmpty());
    }

    private static void submit(RemoteWebDriver browser, String user, String current, String proposed) {
        type(browser, "username", user);
        type(browser, "current", current);
        type(browser, "new", proposed);
        type(browser, "again", proposed);
        browser.findElement(By.id("submit")).click();
    }

    private static void type(RemoteWebDriver browser, String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void await(RemoteWebDriver browser, String message) {
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(b -> b.findElement(By.id(message)).isDisplayed());
    }

    /** Every host the browser sent a request to, from its own log of the page's network events. */
    private static Set<String> requestedHosts(RemoteWebDriver browser) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> hosts = new TreeSet<>();
        List<String> urls = new java.util.ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                urls.add(url);
                URI uri = URI.create(url);
                // the browser's own pages (its new tab: chrome://...) and inline data are no request to anyone
                if (!BROWSER_INTERNAL.contains(uri.getScheme())) {
                    hosts.add(uri.getScheme() + "://" + uri.getHost());
                }
            }
        }
        assertTrue(urls.stream().anyMatch(u -> u.endsWith(PasswordPageFiles.URL_PATH + PasswordPageFiles.STROPHE)), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.endsWith(XmppClient.BOSH_PATH)), urls.toString());
        return hosts;
    }

    private static void screenshot(RemoteWebDriver browser, String state) throws IOException {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("password-page-" + state + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String certificate(DebianTarget target) {
        return target.root("cat " + JitsiFiles.webCertificate(target.domain())).run().output();
    }

    private static VerifyTarget verifyTarget(DebianTarget target) {
        return VerifyTarget.of(target.domain(), ServerTrust.pinned(certificate(target))).connectingTo(target.address());
    }

    /** What chromium's --ignore-certificate-errors-spki-list takes: base64 of the SHA-256 of the public key's SubjectPublicKeyInfo. */
    private static String spkiSha256(String pem) throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded()));
    }
}
