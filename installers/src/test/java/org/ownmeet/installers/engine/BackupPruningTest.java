package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups of only the last runs are kept: the script run here with bash on a folder of made-up runs. */
class BackupPruningTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheNewestRunsBackupsStay() throws Exception {
        Path root = Files.createDirectories(dir.resolve("backups ownmeet"));
        List<String> runs = IntStream.rangeClosed(1, 13).mapToObj(day -> "202611%02d-120000-000".formatted(day)).toList();
        for (String run : runs) {
            Files.writeString(Files.createDirectories(root.resolve(run).resolve("etc")).resolve("old.key"), "old key");
        }
        Files.createDirectories(root.resolve("20261114-030000-renewal"));

        run(ServerRecord.pruneBackups(root.toString()));

        try (Stream<Path> left = Files.list(root)) {
            List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(ServerRecord.KEPT_BACKUPS, names.size(), names.toString());
            assertEquals("20261105-120000-000", names.get(0), "the oldest four runs are gone");
            assertEquals("20261114-030000-renewal", names.get(names.size() - 1));
        }
        run(ServerRecord.pruneBackups(root.toString()));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(ServerRecord.KEPT_BACKUPS, left.count(), "a second run removes nothing more");
        }
    }

    private static void run(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.waitFor(), out);
    }
}
