package org.ownmeet.installers.ssh.hostkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.host.HostCommand;

class KnownHostsTest {
    private static final HostKey ED25519 = new HostKey("ssh-ed25519",
            "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C7okWi0dh2H9GKJl");
    private static final HostKey OTHER = new HostKey("ssh-ed25519",
            "AAAAC3NzaC1lZDI1NTE5AAAAIHbe1k6mDlt7s0wlx2IOCNfY0kKy7bPS4jB2l5S1mRQY");

    @Test
    void pinsPerHostAndPortInOpenSshFormat(@TempDir Path dir) throws Exception {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("sub").resolve("known_hosts"));
        assertEquals(List.of(), knownHosts.pinned("Meet.Example.org", 22));
        knownHosts.pin("Meet.Example.org", 22, ED25519);
        knownHosts.pin("meet.example.org", 2222, OTHER);

        assertEquals(List.of(ED25519), knownHosts.pinned("meet.example.org", 22));
        assertEquals(List.of(OTHER), knownHosts.pinned("MEET.example.org", 2222));
        assertEquals(List.of(
                "meet.example.org ssh-ed25519 " + ED25519.base64(),
                "[meet.example.org]:2222 ssh-ed25519 " + OTHER.base64()), Files.readAllLines(knownHosts.file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts.file())));
        try (var left = Files.list(knownHosts.file().getParent())) {
            assertEquals(List.of("known_hosts", "known_hosts.lock"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left beside it, only the (empty) lock file");
        }
    }

    @Test
    void openSshReadsTheFile(@TempDir Path dir) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        knownHosts.pin("meet.example.org", 2222, ED25519);
        String found = HostCommand.of("ssh-keygen", "-F", "[meet.example.org]:2222", "-f", knownHosts.file().toString()).run().output();
        assertTrue(found.contains(ED25519.base64()), found);
    }

    @Test
    void aPinnedHostIsNeverSilentlyRepinned(@TempDir Path dir) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        knownHosts.pin("meet.example.org", 22, ED25519);
        assertThrows(IllegalStateException.class, () -> knownHosts.pin("meet.example.org", 22, OTHER));
        knownHosts.forget("meet.example.org", 22);
        knownHosts.pin("meet.example.org", 22, OTHER);
        assertEquals(List.of(OTHER), knownHosts.pinned("meet.example.org", 22));
    }

    @Test
    void keepsLinesItDoesNotUnderstand(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "# a comment\n@cert-authority *.example.org ssh-ed25519 " + OTHER.base64() + "\n");
        KnownHosts knownHosts = new KnownHosts(file);
        knownHosts.pin("meet.example.org", 22, ED25519);
        List<String> lines = Files.readAllLines(file);
        assertEquals("# a comment", lines.get(0));
        assertTrue(lines.get(1).startsWith("@cert-authority"));
        assertEquals(List.of(ED25519), knownHosts.pinned("meet.example.org", 22));
    }
}
