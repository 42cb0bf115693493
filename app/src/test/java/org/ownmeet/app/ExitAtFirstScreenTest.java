package org.ownmeet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.display.XvfbDisplay;

/**
 * The packaging's class list is made by starting the app with {@code -Downmeet.exitAtFirstScreen=true}: it must
 * end by itself once its first screen is drawn, and before the background warm-up has started, whose classes
 * would otherwise go into the list.
 */
class ExitAtFirstScreenTest {
    @Test
    void theAppEndsByItselfAfterItsFirstScreenWithoutWarmingUp(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (XvfbDisplay display = XvfbDisplay.start()) {
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-D" + FirstScreenReport.EXIT_PROPERTY + "=true",
                    "-Xlog:class+load=info:stdout:none", "-cp", System.getProperty("java.class.path"), Main.class.getName()))
                    .redirectErrorStream(true).redirectOutput(home.resolve("app.log").toFile());
            builder.environment().putAll(display.environment());
            builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
            Process app = builder.start();
            boolean ended = app.waitFor(90, TimeUnit.SECONDS);
            if (!ended) {
                app.destroyForcibly();
            }
            List<String> log = Files.readAllLines(home.resolve("app.log"), StandardCharsets.UTF_8);
            assertTrue(ended, "the app did not end by itself");
            assertEquals(0, app.exitValue());
            assertTrue(log.stream().anyMatch(line -> line.startsWith("first-screen ")), "no first screen reported");
            assertFalse(log.stream().anyMatch(line -> line.startsWith(WarmUp.class.getName() + " ")), "the warm-up started");
        }
    }
}
