package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Upgrades the Jitsi packages to the newest the repository offers, keeping every configuration file as
 * it is (as every package step of OwnMeet); the installers after this step then put OwnMeet's settings on
 * whatever the packages' scripts changed, in the same run. The automatic updates never do this (the
 * packages are on their blacklist): only a run of OwnMeet can put the settings back afterwards.
 */
record JitsiUpgrade(JitsiVersions versions, Duration lockWait) implements ActionChange {
    @Override
    public String summary() {
        return "Upgrade Jitsi Meet: " + versions.lines();
    }

    @Override
    public String detail() {
        return "apt-get install --only-upgrade " + String.join(" ", versions.names()) + " (configuration files kept); "
                + "OwnMeet's settings are then checked and put back where the packages changed them";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String upgrade = "ownmeet_apt install --only-upgrade " + String.join(" ", versions.names());
        String script = AptScript.functions(lockWait) + "ownmeet_apt update\n" + upgrade + "\n";
        context.session().run(RemoteScript.asRoot("upgrade " + String.join(", ", versions.names()), script)
                .withTimeout(lockWait.plusMinutes(20)), new WaitingReporter(context)).requireSuccess();
    }
}
