package org.ownmeet.installers.ssh.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.target.DebianTarget;

@TestBedTest
class RemoteFilesTest {
    private static final String DIR = "/etc/ownmeet-files-test";
    private static SshSession session;

    @BeforeAll
    static void connect(DebianTarget target, @TempDir Path dir) {
        session = SshTestSupport.connectWithPassword(target, dir, e -> { });
    }

    @AfterAll
    static void disconnect() {
        session.close();
    }

    @BeforeEach
    void emptyFolder(DebianTarget target) {
        target.root("rm -rf " + DIR + " /var/backups/ownmeet && mkdir -p " + DIR).run();
    }

    @Test
    void readsManyFilesInOneRoundTrip(DebianTarget target) {
        byte[] binary = new byte[70_000];
        new Random(7).nextBytes(binary);
        target.root("cat > " + DIR + "/binary.bin").stdin(new String(binary, StandardCharsets.ISO_8859_1)).run();
        target.root("""
                printf 'line one\\nline two\\n' > %1$s/text.conf
                : > %1$s/empty
                printf secret > "%1$s/it's a name with spaces"
                chmod 600 "%1$s/it's a name with spaces" && chown www-data:adm "%1$s/it's a name with spaces"
                """.formatted(DIR)).run();
        // the stdin of nsenter is text: compare with what landed there, byte for byte
        String binarySum = target.root("sha256sum < " + DIR + "/binary.bin | cut -d' ' -f1").run().output().strip();

        int before = session.roundTrips();
        Map<String, FileSnapshot> files = session.files().read(List.of(DIR + "/text.conf", DIR + "/binary.bin", DIR + "/empty",
                DIR + "/it's a name with spaces", DIR + "/missing", DIR));
        assertEquals(1, session.roundTrips() - before);

        assertEquals("line one\nline two\n", files.get(DIR + "/text.conf").text());
        assertEquals(binarySum, files.get(DIR + "/binary.bin").sha256());
        assertArrayEquals(new byte[0], files.get(DIR + "/empty").content());
        FileSnapshot quoted = files.get(DIR + "/it's a name with spaces");
        assertEquals("secret", quoted.text(), "root-only files are read as root");
        assertEquals(List.of("600", "www-data", "adm"), List.of(quoted.mode(), quoted.owner(), quoted.group()));
        assertFalse(files.get(DIR + "/missing").exists());
        assertFalse(files.get(DIR).exists(), "a folder is not a file");
    }

    @Test
    void createsThenReplacesKeepingTheOldVersion(DebianTarget target) {
        WriteResult created = session.files().write(FileWrite.of(DIR + "/app.conf", "first\n").ownedBy("www-data", "adm").withMode("640"));
        assertEquals(WriteResult.Outcome.CREATED, created.outcome());
        assertEquals("640 www-data adm first", target.root("stat -c '%a %U %G' " + DIR + "/app.conf | tr '\\n' ' '; cat " + DIR + "/app.conf")
                .run().output().strip());

        WriteResult replaced = session.files().write(FileWrite.of(DIR + "/app.conf", "second\n"));
        assertEquals(WriteResult.Outcome.REPLACED, replaced.outcome());
        assertTrue(replaced.backup().startsWith(session.files().backupFolder() + DIR), replaced.backup());
        assertEquals("second", target.root("cat " + DIR + "/app.conf").run().output().strip());
        assertEquals("first", target.root("cat " + replaced.backup()).run().output().strip());
        assertEquals("640 www-data adm", target.root("stat -c '%a %U %G' " + DIR + "/app.conf").run().output().strip(),
                "owner and mode not given: kept");
        assertEquals("700 root", target.root("stat -c '%a %U' /var/backups/ownmeet").run().output().strip());
    }

    @Test
    void anUnchangedFileIsNeverTouched(DebianTarget target) {
        FileWrite file = FileWrite.of(DIR + "/same.conf", "same\n").withMode("644");
        session.files().write(file);
        String stamp = target.root("stat -c '%i %Y.%y %Z' " + DIR + "/same.conf").run().output();
        WriteResult again = session.files().write(file);
        assertEquals(WriteResult.Outcome.UNCHANGED, again.outcome());
        assertNull(again.backup());
        assertEquals(stamp, target.root("stat -c '%i %Y.%y %Z' " + DIR + "/same.conf").run().output(), "same inode and times");
        assertFalse(target.root("test -d /var/backups/ownmeet/*" + DIR).runAllowingFailure().exitCode() == 0);

        assertEquals(WriteResult.Outcome.REPLACED, session.files().write(file.withMode("600")).outcome(), "a new mode is a change");
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink(DebianTarget target) {
        target.root("mkdir -p %1$s/avail %1$s/enabled && echo old > %1$s/avail/site.conf && ln -s ../avail/site.conf %1$s/enabled/site.conf"
                .formatted(DIR)).run();
        session.files().write(FileWrite.of(DIR + "/enabled/site.conf", "new\n"));
        assertEquals("../avail/site.conf", target.root("readlink " + DIR + "/enabled/site.conf").run().output().strip());
        assertEquals("new", target.root("cat " + DIR + "/avail/site.conf").run().output().strip());
    }

    @Test
    void manyFilesInOneRoundTrip() {
        int before = session.roundTrips();
        List<WriteResult> results = session.files().write(List.of(FileWrite.of(DIR + "/a", "a"), FileWrite.of(DIR + "/sub/b", "b"),
                FileWrite.of(DIR + "/c", "c")));
        assertEquals(1, session.roundTrips() - before);
        assertEquals(List.of(DIR + "/a", DIR + "/sub/b", DIR + "/c"), results.stream().map(WriteResult::path).toList());
        assertTrue(results.stream().allMatch(r -> r.outcome() == WriteResult.Outcome.CREATED));
    }

    /** A batch is written whole or not at all: with no room in one file's folder, no file of the batch changes. */
    @Test
    void aFullDiskChangesNoFileOfTheBatchAndIsSaidAsSuch(DebianTarget target) {
        target.root(("mkdir -p %1$s/full && echo old-a > %1$s/a.conf && mount -t tmpfs -o size=64k tmpfs %1$s/full "
                + "&& echo old-b > %1$s/full/b.conf && (dd if=/dev/zero of=%1$s/full/.filler bs=4k 2>/dev/null || true)").formatted(DIR)).run();
        try {
            String before = target.root("cd " + DIR + " && stat -c '%n %i %Y %s' a.conf full/b.conf && cat a.conf full/b.conf").run().output();
            DiskFullProblem full = org.junit.jupiter.api.Assertions.assertThrows(DiskFullProblem.class, () -> session.files().write(List.of(
                    FileWrite.of(DIR + "/a.conf", "new-a\n"), FileWrite.of(DIR + "/full/b.conf", "new-b ".repeat(20_000)))));
            assertTrue(full.userMessage().contains("is full where OwnMeet writes " + DIR + "/full/b.conf (in " + DIR + "/full)"),
                    full.userMessage());
            assertEquals(before, target.root("cd " + DIR + " && stat -c '%n %i %Y %s' a.conf full/b.conf && cat a.conf full/b.conf")
                    .run().output(), "both files as they were, the one with room too");
            assertEquals("", target.root("find " + DIR + " -name '.ownmeet-*.tmp'").run().output().strip(), "no temporary file left");
        } finally {
            target.root("umount " + DIR + "/full").run();
        }
    }
}
