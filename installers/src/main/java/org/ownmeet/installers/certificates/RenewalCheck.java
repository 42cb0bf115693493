package org.ownmeet.installers.certificates;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/** Renewal is scheduled: certbot's timer is on and running, and OwnMeet's hook is there to install what it renews. */
final class RenewalCheck implements ServerCheck {

    @Override
    public CheckId id() {
        return CheckId.CERTIFICATE_RENEWAL;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        String answer = session.run(RemoteScript.asRoot("look at the certificate renewal", ScriptResource.of(RenewalCheck.class, "renewal-state.sh").with("TIMER", EnableRenewal.TIMER)
                .with("HOOK", RenewalHook.PATH).text()).quiet()).requireSuccess().stdoutText();
        if (!answer.contains("timer enabled active")) {
            return CheckResult.failed(id(), "The certificate does not renew itself: certbot's timer is off. Run OwnMeet again, "
                    + "which turns it on.", answer.lines().findFirst().orElse(""));
        }
        if (!answer.contains("hook present")) {
            return CheckResult.failed(id(), "A renewed certificate would not reach the web server and Prosody: OwnMeet's renewal "
                    + "hook is missing. Run OwnMeet again, which puts it back.", RenewalHook.PATH + " is missing or not executable");
        }
        return CheckResult.passed(id(), "certbot.timer enabled and active; " + answer.lines().filter(l -> l.startsWith("next "))
                .findFirst().orElse("").replace("next ", "next run ") + "; hook " + RenewalHook.PATH);
    }
}
