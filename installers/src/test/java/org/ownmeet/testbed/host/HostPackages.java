package org.ownmeet.testbed.host;

import java.time.Duration;

/** Makes sure the Debian packages the test bed needs are installed on this machine (once per JVM). */
public final class HostPackages {
    private static boolean ensured;
    private static boolean browser;

    private HostPackages() {
    }

    public static synchronized void ensureInstalled() {
        if (ensured) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new TestBedException("the test bed needs root (it installs packages, boots containers, "
                    + "creates network namespaces); run the tests as root");
        }
        PhaseTimer.time("host packages", () -> HostCommand.of("bash", TestBedPaths.script("host-packages.sh").toString())
                .timeout(Duration.ofMinutes(20))
                .run());
        ensured = true;
    }

    /** Debian's chromium and its driver too, for the tests that drive a page in a real browser. */
    public static synchronized void ensureBrowser() {
        ensureInstalled();
        if (browser) {
            return;
        }
        PhaseTimer.time("browser packages", () -> HostCommand.of("bash", TestBedPaths.script("host-packages.sh").toString(),
                        "chromium", "chromium-driver")
                .timeout(Duration.ofMinutes(20))
                .run());
        browser = true;
    }
}
