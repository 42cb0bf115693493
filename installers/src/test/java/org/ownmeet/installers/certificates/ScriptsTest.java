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

    /** The packages link Prosody's pair into a folder Prosody's user owns: the link is replaced, what it leads to stays. */
    @Test
    void aLinkIsReplacedByARealFileNeverFollowedAndPutBackAsTheLink() throws Exception {
        Path prosodys = Files.createDirectories(dir.resolve("prosodys"));
        Path linked = Files.writeString(prosodys.resolve("meet.crt"), "packages' certificate\n");
        Path link = Files.createSymbolicLink(dir.resolve("meet.crt"), linked);
        Path source = Files.writeString(dir.resolve("source.pem"), "new certificate\n");
        String script = InstallScript.functions("meet.example.org", false) + """
                ownmeet_backup=%1$s/backup
                install -d -m 700 "$ownmeet_backup"
                ownmeet_place %2$s %3$s root root 640
                test -L %3$s && echo still-a-link || echo real-file
                cat %3$s %4$s
                ownmeet_put_back
                readlink %3$s
                """.formatted(dir, source, link, linked);

        assertEquals(String.join("\n", "real-file", "new certificate", "packages' certificate", linked.toString()),
                bash(List.of(), script).strip());
    }

    @Test
    void aLinkLeadingAnywhereButOneStepIntoProsodysFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious"), "root's file\n");
        Path planted = Files.createSymbolicLink(dir.resolve("planted.crt"), precious);
        Path othersFolder = Files.createDirectories(dir.resolve("others"));
        bash(List.of(), "chown nobody " + othersFolder);
        String script = InstallScript.functions("meet.example.org", false) + """
                ownmeet_check_place %1$s || echo "refused $?"
                ownmeet_check_place %2$s/meet.key || echo "refused $?"
                ownmeet_check_place %3$s && echo accepted
                """.formatted(planted, othersFolder, dir.resolve("absent.crt"));

        assertEquals(String.join("\n", InstallScript.UNSAFE_PLACE + " " + planted + " " + precious, "refused 1",
                InstallScript.UNSAFE_PLACE + " " + othersFolder + "/meet.key " + othersFolder, "refused 1", "accepted"),
                bash(List.of(), script).strip());
        assertEquals("root's file\n", Files.readString(precious));
    }

    /** Prosody's verdict covers every host and fails for the packages' own; only the main host's findings count. */
    @Test
    void theProsodyCheckJudgesTheMainHostOnly() throws Exception {
        String otherHostFails = """
                Checking certificate for auth.meet.example.org
                  Certificate: /etc/prosody/certs/auth.meet.example.org.crt
                    Not valid for server-to-server connections to auth.meet.example.org.
                Checking certificate for meet.example.org
                  Certificate: /etc/prosody/certs/meet.example.org.crt

                Problems found, see above.
                """;
        assertEquals("ok", prosodyCheck(otherHostFails));
        assertEquals("refused", prosodyCheck(otherHostFails.replace("  Certificate: /etc/prosody/certs/meet.example.org.crt\n",
                "  Certificate: /etc/prosody/certs/meet.example.org.crt\n    Not valid for client connections to meet.example.org.\n")));
        assertEquals("refused", prosodyCheck("Checking certificate for meet.example.org\n    Could not open /etc/prosody/certs/"
                + "meet.example.org.key: Permission denied\n"));
    }

    /** {@code ownmeet_prosody_check} with a prosodyctl that prints {@code report} and exits 1, as Prosody does on any finding. */
    private String prosodyCheck(String report) throws Exception {
        Path fake = dir.resolve("bin");
        Files.createDirectories(fake);
        Files.writeString(dir.resolve("report"), report);
        Path prosodyctl = Files.writeString(fake.resolve("prosodyctl"), "#!/bin/bash\ncat " + dir.resolve("report") + "\nexit 1\n");
        Files.setPosixFilePermissions(prosodyctl, PosixFilePermissions.fromString("rwx------"));
        return bash(List.of(), "PATH=" + fake + ":$PATH\n" + InstallScript.functions("meet.example.org", false)
                + "if ownmeet_prosody_check >/dev/null; then echo ok; else echo refused; fi\n").strip();
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
