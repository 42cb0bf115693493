package org.ownmeet.installers.ssh.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.hostkey.HostKey;

/** Every problem speaks to a teacher in its first part and to IT in its detail. */
class ProblemMessagesTest {
    private static final HostKey KEY = new HostKey("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C7okWi0dh2H9GKJl");

    @Test
    void plainWordsForPeopleAndFactsForIt() {
        IOException cause = new IOException("java.net.SomethingException: low-level detail");
        List<SshProblem> all = List.of(
                new UnknownHostProblem("meet.example.org", cause),
                new ConnectionRefusedProblem("meet.example.org", 22, cause),
                new ConnectionTimedOutProblem("meet.example.org", 22, Duration.ofSeconds(15), cause),
                new NetworkUnreachableProblem("meet.example.org", 22, cause),
                new WrongPasswordProblem("teacher", "meet.example.org", cause),
                new KeyRejectedProblem("teacher", "meet.example.org", "the key id_ed25519", cause),
                new KeyNeedsPassphraseProblem(Path.of("/home/t/.ssh/id_ed25519"), cause),
                new WrongKeyPassphraseProblem(Path.of("/home/t/.ssh/id_ed25519"), cause),
                new KeyFileUnreadableProblem(Path.of("/home/t/.ssh/id_ed25519.pub"), cause),
                new AgentUnavailableProblem("no socket", cause),
                new HostKeyNotTrustedProblem("meet.example.org", 22, KEY),
                new HostKeyChangedProblem("meet.example.org", 22, List.of(KEY), KEY),
                new NoSudoRightsProblem("teacher", "teacher is not in the sudoers file."),
                new SudoNeedsTtyProblem("teacher", "sudo: sorry, you must have a tty to run sudo"),
                new WrongSudoPasswordProblem("teacher", "Sorry, try again."),
                new SudoPasswordMissingProblem("teacher"),
                new ConnectionLostProblem("meet.example.org", "writing files", cause),
                new CommandTimedOutProblem("meet.example.org", "install packages", Duration.ofMinutes(30)),
                new CommandCancelledProblem("meet.example.org", "install packages"),
                new ExitStatusMissingProblem("meet.example.org", "install packages", null),
                new CommandFailedProblem("meet.example.org", "install packages", 100, List.of("E: Unable to locate package")));
        for (SshProblem problem : all) {
            String said = problem.userMessage();
            String name = problem.getClass().getSimpleName();
            assertTrue(said.length() > 30 && said.endsWith("."), name + ": a sentence or two: " + said);
            for (String jargon : List.of("Exception", "java.", "null", "SSHJ", "TCP", "errno", "exit status", "stderr")) {
                assertFalse(said.contains(jargon), name + " says '" + jargon + "' to the user: " + said);
            }
            assertFalse(problem.detail().isBlank(), name + " has a detail line for IT");
            assertTrue(problem.getMessage().contains(problem.detail()), name);
        }
    }
}
