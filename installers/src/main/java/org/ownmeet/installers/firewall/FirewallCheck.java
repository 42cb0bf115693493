package org.ownmeet.installers.firewall;

import java.util.List;

import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/** On the server: ufw is on, filters IPv6 too, refuses by default and lets in SSH and the meeting ports. */
final class FirewallCheck implements ServerCheck {
    private final FirewallInstaller installer;
    private final Profile profile;

    FirewallCheck(FirewallInstaller installer, Profile profile) {
        this.installer = installer;
        this.profile = profile;
    }

    @Override
    public CheckId id() {
        return CheckId.FIREWALL;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        List<String> missing = installer.differences(StateReader.read(session, installer.needs(profile)), profile);
        if (missing.isEmpty()) {
            return CheckResult.passed(CheckId.FIREWALL);
        }
        return CheckResult.failed(CheckId.FIREWALL, "The firewall is not as OwnMeet set it up. Run OwnMeet again to put it "
                + "right; the details below say what differs.", "ufw would need to: " + String.join("; ", missing));
    }
}
