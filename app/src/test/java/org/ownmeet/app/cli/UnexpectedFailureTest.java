package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.RestartFailedProblem;

/** What the command line says of a failure no command turned into a problem of its own: a sentence and a status, no stack trace. */
class UnexpectedFailureTest {

    @Test
    void aFaultInOwnMeetIsOneSentenceAndTheUnexpectedStatus() {
        String said = said(err -> UnexpectedFailure.report(new IllegalStateException("step x could not work out"), err), 8);
        assertTrue(said.startsWith("OwnMeet stopped because of an error it did not expect (IllegalStateException)."), said);
        assertTrue(said.contains("Details are in " + CliLog.file()), said);
        assertFalse(said.contains("\tat ") || said.contains("at org."), "no stack trace: " + said);
    }

    @Test
    void aFileOnThisComputerThatCannotBeReadIsSaidWithItsName() {
        String said = said(err -> UnexpectedFailure.report(
                new UncheckedIOException("cannot read /home/u/.config/ownmeet/known_hosts", new IOException("Is a directory")), err), 7);
        assertTrue(said.startsWith("OwnMeet cannot use a file on this computer: cannot read /home/u/.config/ownmeet/known_hosts "
                + "(Is a directory)."), said);
        String denied = said(err -> UnexpectedFailure.report(new UncheckedIOException(new AccessDeniedException("/etc/x")), err), 7);
        assertTrue(denied.contains("/etc/x (AccessDeniedException)"), denied);
    }

    @Test
    void aProblemThatEscapedItsCommandKeepsItsSentenceAndStatus() {
        String said = said(err -> UnexpectedFailure.report(new RestartFailedProblem("nginx", "failed"), err), 1);
        assertTrue(said.startsWith("The service \"nginx\" did not start again"), said);
    }

    private static String said(Function<PrintWriter, Integer> report, int status) {
        StringWriter text = new StringWriter();
        assertEquals(status, report.apply(new PrintWriter(text)));
        return text.toString();
    }
}
