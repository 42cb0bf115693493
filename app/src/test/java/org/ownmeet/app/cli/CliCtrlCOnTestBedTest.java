package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/** Ctrl-C during apply, as a user presses it: the run stops at a safe point and says what is left; plan still works. */
@TestBedTest
class CliCtrlCOnTestBedTest {

    @Test
    void ctrlCWhileThePackagesInstallStopsTheRunAndSaysWhatIsLeft(DebianTarget target, JitsiStandInRepository repository,
                                                                  @TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        ProfileFile.write(profile, CliOnTestBedTest.profile(target, repository));
        // env: a JVM started with SIGINT ignored (a background job's lot) would never see the Ctrl-C
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.ownmeet.app.Main", "apply", profile.toString(), "--verbose",
                "--password-env", "OWNMEET_PASSWORD", "--known-hosts", dir.resolve("known_hosts").toString(),
                "--accept-host-key", CliOnTestBedTest.fingerprint(target)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OWNMEET_PASSWORD", target.password());
        long start = System.nanoTime();
        Process apply = builder.start();
        apply.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        long interrupted = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(apply.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (interrupted == 0 && (line.startsWith("    | Unpacking ") || line.startsWith("    | Setting up "))) {
                    interrupted = System.nanoTime();
                    new ProcessBuilder("kill", "-INT", Long.toString(apply.pid())).start().waitFor();
                }
            }
        }
        assertTrue(apply.waitFor(1, TimeUnit.MINUTES));
        PhaseTimer.record("cli: apply until Ctrl-C", java.time.Duration.ofNanos(interrupted - start));
        PhaseTimer.record("cli: Ctrl-C until exit", java.time.Duration.ofNanos(System.nanoTime() - interrupted));
        assertTrue(interrupted > 0, "dpkg got to work:\n" + output);
        assertEquals(130, apply.exitValue(), output.toString());
        for (String expected : List.of("Stopping safely", "Stopped as you asked", "left: packages")) {
            assertTrue(output.toString().contains(expected), expected + " in:\n" + output);
        }
        assertEquals("", target.root("pgrep -a -f '^(/usr/bin/)?(apt-get|dpkg) ' || true").run().output().strip(),
                "nothing of the installation still runs");

        CliProcess.Result plan = CliProcess.run(java.util.Map.of("OWNMEET_PASSWORD", target.password()), "plan", profile.toString(),
                "--password-env", "OWNMEET_PASSWORD", "--known-hosts", dir.resolve("known_hosts").toString());
        assertEquals(ExitCodes.OK, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("Install Jitsi Meet") || plan.output().contains("interrupted"), plan.output());
    }
}
