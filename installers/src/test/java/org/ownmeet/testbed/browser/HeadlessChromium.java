package org.ownmeet.testbed.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostPackages;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedException;
import org.ownmeet.testbed.host.TestBedPaths;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (started by the test bed, so its
 * PID is in the ledger). It reaches one test-bed domain at the target's address and trusts exactly
 * the certificate that domain serves (by its public key's hash), nothing else; it contacts no
 * service of its own (no sync, updates, or background requests), and keeps its log of requests.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private final BackgroundProcess driverProcess;
    private final RemoteWebDriver driver;

    private HeadlessChromium(BackgroundProcess driverProcess, RemoteWebDriver driver) {
        this.driverProcess = driverProcess;
        this.driver = driver;
    }

    /**
     * @param spkiSha256 the base64 SHA-256 of the served certificate's SubjectPublicKeyInfo
     */
    public static HeadlessChromium start(String domain, String address, String spkiSha256) {
        HostPackages.ensureBrowser();
        return PhaseTimer.time("chromium start", () -> {
            int port = Ports.freeLoopbackPort();
            BackgroundProcess process = BackgroundProcess.start("chromedriver-" + port,
                    List.of(CHROMEDRIVER, "--port=" + port, "--allowed-ips=127.0.0.1"), Map.of(), Duration.ofSeconds(5));
            try {
                Ports.awaitListening(process, "127.0.0.1", port, Duration.ofSeconds(20));
                Path profile = Files.createTempDirectory(TestBedPaths.created(TestBedPaths.run().resolve("chromium")), "profile-");
                RemoteWebDriver driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(),
                        options(domain, address, spkiSha256, profile));
                return new HeadlessChromium(process, driver);
            } catch (MalformedURLException e) {
                process.close();
                throw new TestBedException("chromedriver's address: " + e.getMessage(), e);
            } catch (java.io.IOException | RuntimeException e) {
                process.close();
                throw new TestBedException("chromium did not start: " + e.getMessage() + "\n" + process.logTail(20), e);
            }
        });
    }

    private static ChromeOptions options(String domain, String address, String spki, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--host-resolver-rules=MAP " + domain + " " + address,
                "--ignore-certificate-errors-spki-list=" + spki);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    public RemoteWebDriver driver() {
        return driver;
    }

    /** Shows pages as a screen of this size in CSS pixels does (a phone: {@code mobile}, with its pixel ratio). */
    public void emulateScreen(int width, int height, double pixelRatio, boolean mobile) {
        HasCdp cdp = (HasCdp) new Augmenter().augment(driver);
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", pixelRatio, "mobile", mobile));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            driverProcess.close();
        }
    }
}
