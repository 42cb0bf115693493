package org.ownmeet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.testbed.display.XvfbDisplay;
import org.ownmeet.testbed.host.BackgroundProcess;

/**
 * The first screen comes before anything slow: the window is drawn before the libraries that only later
 * pages need are loaded (the documents' templates, PDF and fonts, the domain-name tables, XMPP, the
 * SSH transport's cryptography, the JSON library that reads saved profiles). The real app on an X display,
 * for a returning user (one saved server), with the JVM's class-loading log up to the moment it reports
 * the first screen drawn.
 */
class FirstScreenLoadsNothingSlowTest {
    private static final List<String> SLOW = List.of("freemarker.", "com.openhtmltopdf.", "org.apache.pdfbox.",
            "org.apache.fontbox.", "com.ibm.icu.", "org.jivesoftware.smack.", "org.bouncycastle.", "org.mozilla.javascript.",
            "com.fasterxml.jackson.databind.", "net.schmizz.sshj.transport.");

    @Test
    void theFirstScreenIsDrawnBeforeAnySlowLibraryIsLoaded(@TempDir Path home) throws Exception {
        Path config = home.resolve("config");
        new SavedProfiles(config.resolve("ownmeet")).save(Profile.newProfile()
                .withServer(new Profile.Server("203.0.113.5", 22, "debian")).withDomain("meet.school.example"));
        try (XvfbDisplay display = XvfbDisplay.start()) {
            Map<String, String> env = new HashMap<>(display.environment());
            env.put("XDG_CONFIG_HOME", config.toString());
            env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
            List<String> loaded;
            try (BackgroundProcess app = BackgroundProcess.start("ownmeet-first-screen", command(), env, Duration.ofSeconds(10))) {
                loaded = classesBeforeFirstScreen(app);
            }
            assertTrue(loaded.stream().anyMatch(name -> name.startsWith("org.ownmeet.steps.welcome.")), "the log names the first page's classes");
            List<String> slow = loaded.stream().filter(name -> SLOW.stream().anyMatch(name::startsWith)).toList();
            assertEquals(List.of(), slow, "loaded before the first screen was drawn");
        }
    }

    private static List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-D" + FirstScreenReport.PROPERTY + "=true", "-Xlog:class+load=info:stdout:none",
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    /** The classes named in the log before the app's "first-screen" line, which it prints once the first frame is drawn. */
    private static List<String> classesBeforeFirstScreen(BackgroundProcess app) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.readAllLines(app.log());
            for (int shown = 0; shown < lines.size(); shown++) {
                if (lines.get(shown).startsWith("first-screen ")) {
                    return lines.subList(0, shown).stream().filter(line -> line.contains(" source: "))
                            .map(line -> line.substring(0, line.indexOf(' '))).toList();
                }
            }
            app.requireAlive();
            Thread.sleep(200);
        }
        throw new AssertionError("no first screen within 90 s; app log:\n" + app.logTail(30));
    }
}
