package org.ownmeet.installers.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.problem.CommandFailedProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RedactionTest {

    @Test
    void masksEveryLiveSecretAndForgetsWipedOnes() {
        Secret first = Secret.of("first-" + UUID.randomUUID());
        Secret second = Secret.of("second-" + UUID.randomUUID());
        String text = "a " + first.revealForRedaction() + " b " + second.revealForRedaction();
        assertEquals("a " + Secret.MASK + " b " + Secret.MASK, Redaction.apply(text));
        String firstValue = first.revealForRedaction();
        first.close();
        assertEquals(firstValue, Redaction.apply(firstValue));
        second.close();
    }

    @Test
    void masksALongerSecretWhole_evenWhenAShorterOneIsPartOfIt() {
        try (Secret shortOne = Secret.of("hunter"); Secret longOne = Secret.of("hunter2-long")) {
            assertEquals(Secret.MASK, Redaction.apply("hunter2-long"));
        }
    }

    @Test
    void eventsAndProblemsAreMaskedWhenMade() {
        try (Secret secret = Secret.of("canary-" + UUID.randomUUID())) {
            String value = secret.revealForRedaction();
            SshEvent.OutputLine line = new SshEvent.OutputLine("echo", SshEvent.Stream.STDOUT, "said " + value);
            assertEquals("said " + Secret.MASK, line.text());
            CommandFailedProblem problem = new CommandFailedProblem("host", "label " + value, 1, java.util.List.of("boom " + value));
            assertFalse(problem.getMessage().contains(value), problem.getMessage());
            assertFalse(problem.userMessage().contains(value));
            assertFalse(problem.detail().contains(value));
        }
    }

    @Test
    void everyLoggerGoesThroughTheRedactingBackend() {
        assertTrue(LoggerFactory.getLogger("net.schmizz.sshj.DefaultConfig") instanceof RedactingLogger,
                "SLF4J must use OwnMeet's backend (system property slf4j.provider)");
    }

    @Test
    void logLinesAreMaskedOnTheirWayOut() throws Exception {
        Path log = Path.of("target", "ownmeet-test.log");
        try (Secret secret = Secret.of("logged-" + UUID.randomUUID())) {
            String value = secret.revealForRedaction();
            String marker = UUID.randomUUID().toString();
            Logger logger = LoggerFactory.getLogger(RedactionTest.class);
            logger.info("{} password is {}", marker, value);
            logger.warn(marker + " failed", new IllegalStateException("because " + value));
            String written = Files.readString(log);
            assertTrue(written.contains(marker + " password is " + Secret.MASK), "the line is logged, masked");
            assertFalse(written.contains(value), "the value never reaches the log");
        }
    }

    @Test
    void secretsUnderFourCharactersAreMaskedWhereTheyStandAlone() {
        try (Secret tiny = Secret.of("q7!")) {
            assertEquals("password " + Secret.MASK + ", then (" + Secret.MASK + ")", Redaction.apply("password q7!, then (q7!)"));
            assertEquals("aq7!b", Redaction.apply("aq7!b"), "inside a word it is left, or logs would be unreadable");
        }
        assertEquals("password q7!", Redaction.apply("password q7!"), "wiped: forgotten");
    }

    /** Smack logs through java.util.logging: its lines reach the same redacting backend, not a console of their own. */
    @Test
    void javaUtilLoggingLinesAreMaskedToo() throws Exception {
        Path log = Path.of("target", "ownmeet-test.log");
        LoggerFactory.getLogger(RedactionTest.class).info("the backend is up");
        try (Secret secret = Secret.of("smack-" + UUID.randomUUID())) {
            String value = secret.revealForRedaction();
            String marker = UUID.randomUUID().toString();
            java.util.logging.Logger.getLogger("org.jivesoftware.smack.AbstractXMPPConnection")
                    .warning(marker + " sent auth with " + value);
            String written = Files.readString(log);
            assertTrue(written.contains(marker + " sent auth with " + Secret.MASK), "the line is logged, masked");
            assertFalse(written.contains(value), "the value never reaches the log");
        }
    }
}
