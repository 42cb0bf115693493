package org.ownmeet.installers.ssh.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The server side of a write dies after the new content went to the temporary file and before the
 * rename (the script's processes and the connection are killed the moment the temporary file shows
 * up): the old file must be whole, and the next run must finish the job and leave no temporary file.
 */
@TestBedTest
class InterruptedWriteTest {
    private static final String FILE = "/etc/ownmeet-cut/site.conf";

    @Test
    void aWriteCutBeforeTheRenameLeavesTheOldFileWhole(DebianTarget target, @TempDir Path dir) {
        target.root("mkdir -p /etc/ownmeet-cut && printf 'the old content\\n' > " + FILE).run();
        String oldSum = sum(target);
        byte[] big = new byte[48 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        FileWrite write = new FileWrite(FILE, big, null, null, null);

        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            CompletableFuture<WriteResult> writing = CompletableFuture.supplyAsync(() -> session.files().write(write));
            awaitTemporaryFile(target);
            target.root("""
                    for pid in $(pgrep -f '^timeout --kill-after'); do kill -KILL -- -$pid; done
                    pkill -KILL -f '^sshd: %s'
                    """.formatted(target.user())).run();
            CompletionException failed = assertThrows(CompletionException.class, writing::join);
            assertTrue(failed.getCause() instanceof SshProblem, String.valueOf(failed.getCause()));
        }

        assertEquals(oldSum, sum(target), "the old file is untouched");
        assertEquals("1", target.root("ls -A /etc/ownmeet-cut | grep -c '^.ownmeet-.*.tmp$' || true").run().output().strip(),
                "the cut left its temporary file");

        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("again"), e -> { })) {
            assertEquals(WriteResult.Outcome.REPLACED, session.files().write(write).outcome());
        }
        assertEquals(write.sha256(), sum(target));
        assertEquals("site.conf", target.root("ls -A /etc/ownmeet-cut").run().output().strip(), "no temporary file is left");
    }

    private static String sum(DebianTarget target) {
        return target.root("sha256sum < " + FILE + " | cut -d' ' -f1").run().output().strip();
    }

    private static void awaitTemporaryFile(DebianTarget target) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (target.root("ls -A /etc/ownmeet-cut | grep -q '^.ownmeet-'").runAllowingFailure().exitCode() != 0) {
            assertTrue(System.nanoTime() < deadline, "the temporary file never appeared");
            Ports.sleep(10);
        }
    }
}
