package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;
import org.ownmeet.installers.verify.VerificationReport;

/** verify prints the checks, then the server's health, one sentence a line with its level; health never fails the run. */
class VerifyReportTest {

    @Test
    void theHealthFollowsTheChecksAndDoesNotChangeTheExitStatus() {
        VerificationReport report = new VerificationReport("meet.example.org", List.of(CheckResult.passed(CheckId.HTTPS)), List.of(
                HealthFinding.of("updates.pending", Level.WARNING, "2 security update(s) and 0 other update(s) are waiting; the "
                        + "automatic updates last finished without error 3 hour(s) ago."),
                HealthFinding.of("services.down", Level.PROBLEM, "Not running: jicofo."),
                HealthFinding.of("reboot.none", Level.OK, "No restart is needed.")));
        StringWriter text = new StringWriter();
        int status = VerifyCommand.report(report, new PrintWriter(text, true));
        assertEquals(ExitCodes.OK, status);
        assertEquals("""
                Checks from outside:
                  [ok]     The meeting address answers securely
                Health of the server:
                  [warning] 2 security update(s) and 0 other update(s) are waiting; the automatic updates last finished without error 3 hour(s) ago.
                  [PROBLEM] Not running: jicofo.
                  [ok]      No restart is needed.
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }
}
