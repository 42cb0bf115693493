package org.ownmeet.installers.ssh.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.HostPackages;

/**
 * Every script OwnMeet runs on a server is a resource file ({@link ScriptResource}); ShellCheck (Debian's
 * package, installed with the test bed's host packages when missing) reads them all as bash and finds
 * nothing. A finding it should not report is switched off on its line, with the reason.
 */
class ShellCheckTest {
    private static final Path SCRIPTS = Path.of("src/main/resources");

    @Test
    void shellCheckFindsNothingInAnyScript() throws Exception {
        List<String> scripts;
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            scripts = files.filter(f -> f.toString().endsWith(".sh")).map(Path::toString).sorted().toList();
        }
        assertTrue(scripts.size() >= 30, "the scripts are in " + SCRIPTS + ": " + scripts);
        if (HostCommand.of("bash", "-c", "command -v shellcheck").runAllowingFailure().exitCode() != 0) {
            HostPackages.ensureInstalled();
        }
        List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=bash", "--format=gcc", "--external-sources"));
        command.addAll(scripts);
        HostCommand.Result result = HostCommand.of(command).runAllowingFailure();
        assertEquals("", result.output(), "ShellCheck's findings in " + scripts.size() + " scripts");
        assertEquals(0, result.exitCode());
    }
}
