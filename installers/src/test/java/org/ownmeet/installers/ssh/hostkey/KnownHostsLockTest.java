package org.ownmeet.installers.ssh.hostkey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several users of one known_hosts file pinning at once (the wizard and the command line) lose no key. */
class KnownHostsLockTest {
    @TempDir
    Path dir;

    @Test
    void keysPinnedAtOnceThroughSeparateInstancesAreAllKept() throws Exception {
        Path file = dir.resolve("known_hosts");
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            KnownHosts own = new KnownHosts(file);
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    own.pin("host-" + writer + "-" + i + ".example.org", 22, key(writer * each + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        KnownHosts reader = new KnownHosts(file);
        int found = 0;
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < each; i++) {
                found += reader.pinned("host-" + w + "-" + i + ".example.org", 22).size();
            }
        }
        assertEquals(writers * each, found, "every pinned key is in the file");
    }

    private static HostKey key(int n) {
        byte[] blob = new byte[51];
        blob[0] = (byte) n;
        return new HostKey("ssh-ed25519", Base64.getEncoder().encodeToString(blob));
    }
}
