package org.ownmeet.installers.upkeep;

import java.util.List;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/** On the server: the update timers are on and unattended-upgrades has exactly OwnMeet's settings. */
final class AutomaticUpdatesCheck implements ServerCheck {
    private final UpkeepInstaller installer;
    private final Profile profile;

    AutomaticUpdatesCheck(UpkeepInstaller installer, Profile profile) {
        this.installer = installer;
        this.profile = profile;
    }

    @Override
    public CheckId id() {
        return CheckId.AUTOMATIC_UPDATES;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        List<String> missing = installer.plan(StateReader.read(session, installer.needs(profile)), profile,
                ApplyOptions.defaults()).stream().map(change -> change.summary()).toList();
        if (missing.isEmpty()) {
            return CheckResult.passed(CheckId.AUTOMATIC_UPDATES);
        }
        return CheckResult.failed(CheckId.AUTOMATIC_UPDATES, "The server does not install its security updates by itself as "
                + "OwnMeet set it up. Run OwnMeet again to put it right.", String.join("; ", missing));
    }
}
