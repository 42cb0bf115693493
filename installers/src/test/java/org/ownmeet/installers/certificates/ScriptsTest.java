package org.ownmeet.installers.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell OwnMeet writes to the server, run here with bash: it parses, and a placed file is put back byte for byte. */
class ScriptsTest {
    @TempDir
    Path dir;

    @Test
    void theRenewalHookIsValidBashForEveryDomainShape() throws Exception {
        for (boolean coturn : List.of(true, false)) {
            String hook = RenewalHook.content("meet-1.ownmeet.test", coturn);
            assertTrue(hook.startsWith("#!/bin/bash\n"));
            assertEquals("", bash(List.of("-n"), hook), "bash -n");
            assertTrue(hook.contains("/etc/prosody/certs/meet-1.ownmeet.test.key' prosody prosody 400"), hook);
            assertTrue(hook.contains("/etc/jitsi/meet/meet-1.ownmeet.test.key' root " + (coturn ? "turnserver 640" : "root 600")),
                    hook);
            assertTrue(!hook.contains("auth.meet-1.ownmeet.test'"), "auth.<domain> is never touched");
        }
    }

    @Test
    void aPlacedFileHasItsBytesOwnerAndModeAndIsPutBackByteForByte() throws Exception {
        Path target = Files.writeString(dir.resolve("site.key"), "old key\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path created = dir.resolve("new.crt");
        Path source = Files.writeString(dir.resolve("source.pem"), "new key\n");
        String user = bash(List.of(), "id -un").strip();
        String group = bash(List.of(), "id -gn").strip();
        String script = InstallScript.functions("meet.example.org", false) + """
                ownmeet_backup=%1$s/backup
                install -d -m 700 "$ownmeet_backup"
                ownmeet_place %2$s %3$s %4$s %5$s 640
                ownmeet_place %2$s %6$s %4$s %5$s 644
                stat -c '%%a %%U' %3$s; cat %3$s
                ownmeet_place %2$s %3$s %4$s %5$s 640
                cat "$ownmeet_backup/.ownmeet-replaced" "$ownmeet_backup/.ownmeet-created"
                ownmeet_put_back
                stat -c '%%a' %3$s; cat %3$s; test -e %6$s && echo created-left || echo created-gone
                """.formatted(dir, source, target, user, group, created);

        String out = bash(List.of(), script);

        assertEquals(String.join("\n", "640 " + user, "new key", target.toString(), created.toString(), "600", "old key",
                "created-gone"), out.strip(), "placed, the second time not touched, then all put back");
    }

    private static String bash(List<String> options, String script) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-euo", "pipefail"));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(script.getBytes());
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
