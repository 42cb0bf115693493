package org.ownmeet.installers.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.web.ServerTrust;

class ServerChecksTest {
    private static final VerifyTarget TARGET = VerifyTarget.of("meet.example.org", ServerTrust.system());

    @Test
    void serverChecksRunAroundTheOutsideChecksAndFollowThemInTheReport() {
        List<String> order = new ArrayList<>();
        ServerCheck check = new ServerCheck() {
            @Override
            public CheckId id() {
                return CheckId.HTTPS;
            }

            @Override
            public void before(SshSession session) {
                order.add("before");
            }

            @Override
            public CheckResult after(SshSession session, VerifyTarget target) {
                order.add("after");
                return CheckResult.passed(id());
            }
        };
        VerificationReport report = ServerChecks.around(null, TARGET, List.of(check), () -> {
            order.add("outside");
            return new VerificationReport("meet.example.org", List.of(CheckResult.passed(CheckId.HOST_LOGIN)));
        });
        assertEquals(List.of("before", "outside", "after"), order);
        assertEquals(List.of(CheckId.HOST_LOGIN, CheckId.HTTPS), report.checks().stream().map(CheckResult::check).toList());
    }

    @Test
    void aCheckThatThrowsFailsAloneInPlainWords() {
        ServerCheck broken = new ServerCheck() {
            @Override
            public CheckId id() {
                return CheckId.GUEST_LOGIN;
            }

            @Override
            public void before(SshSession session) {
                throw new IllegalStateException("bug");
            }

            @Override
            public CheckResult after(SshSession session, VerifyTarget target) {
                throw new AssertionError("after must not run when before failed");
            }
        };
        VerificationReport report = ServerChecks.around(null, TARGET, List.of(broken),
                () -> new VerificationReport("meet.example.org", List.of(CheckResult.passed(CheckId.HOST_LOGIN))));
        assertTrue(report.result(CheckId.HOST_LOGIN).passed());
        CheckResult result = report.result(CheckId.GUEST_LOGIN);
        assertFalse(result.passed());
        assertEquals("The check could not be completed: An unexpected error occurred.", result.reason());
        assertEquals("IllegalStateException: bug", result.detail());
    }
}
