package org.ownmeet.installers.upkeep.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's command and the health script's reading of its record, run by this computer's shell with an
 * apt-get that prints a given simulation (the test bed runs them with the real apt).
 */
class PendingSinceTest {
    private static final String CANARY = "Inst ownmeet-canary [1.0] (1.1 Debian-Security:ownmeet-test-security [all])\n";
    private static final String LIBSSL = "Inst libssl3 [3.0.1] (3.0.2 Debian-Security:12/stable-security [amd64]) []\n";
    private static final String OTHER = "Inst tzdata [2024a] (2025b Debian:12.9/stable [all])\n";
    @TempDir
    Path dir;

    @Test
    void theAptSettingCarriesTheCommandWhole() {
        String hook = PendingSince.hook();
        String command = command();
        assertTrue(hook.contains("APT::Update::Post-Invoke-Success { \"" + command + "\"; };"), hook);
        assertFalse(command.contains("\"") || command.contains("\\"), command);
    }

    @Test
    void eachSecurityUpdateKeepsTheTimeItWasFirstOfferedUntilItIsInstalled() throws Exception {
        String first = runHook(CANARY + OTHER + LIBSSL);
        assertTrue(first.matches("ownmeet-canary 1\\.1 \\d+\nlibssl3 3\\.0\\.2 \\d+\n"), first);
        Files.writeString(record(), "ownmeet-canary 1.1 1000\nlibssl3 3.0.2 2000\n");
        String later = runHook(LIBSSL + "Inst zlib1g [1:1.2] (1:1.3 Debian-Security:12/stable-security [amd64])\n");
        assertTrue(later.matches("libssl3 3\\.0\\.2 2000\nzlib1g 1:1\\.3 \\d{10}\n"), later);
        assertEquals("pending-security-since 2000", oldest(LIBSSL + CANARY).strip(), "only what is pending now counts");
        assertEquals("", oldest(CANARY + OTHER), "not noted: no age said");
        assertEquals("", runHook(OTHER), "installed ones are dropped");
    }

    private String runHook(String simulation) throws Exception {
        run(command(), simulation);
        return Files.readString(record());
    }

    private String oldest(String simulation) throws Exception {
        return run("sim=$(apt-get -s); " + PendingSince.oldestScript().replace(PendingSince.RECORD, record().toString()), simulation);
    }

    private String command() {
        String hook = PendingSince.hook();
        return hook.substring(hook.indexOf("{ \"") + 3, hook.lastIndexOf("\"; };"));
    }

    private Path record() {
        return dir.resolve("record");
    }

    /** With the record and its folder in the test's folder, and apt-get printing the simulation. */
    private String run(String script, String simulation) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("simulation"), simulation);
        Path aptGet = Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\ncat " + dir.resolve("simulation") + "\n");
        Files.setPosixFilePermissions(aptGet, PosixFilePermissions.fromString("rwxr-xr-x"));
        String local = script.replace(PendingSince.RECORD, record().toString()).replace("/var/lib/ownmeet", dir.toString());
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", local).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
