package org.ownmeet.installers.upkeep;

import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/** Switches on apt's daily timers (list refresh, then the updates), which unattended-upgrades runs under. */
record EnableTimers(List<String> timers) implements ActionChange {

    EnableTimers {
        timers = List.copyOf(timers);
    }

    @Override
    public String summary() {
        return "Switch on the daily update timers: " + String.join(", ", timers);
    }

    @Override
    public String detail() {
        return "systemctl unmask + enable --now " + String.join(" ", timers);
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String units = String.join(" ", timers.stream().map(ShellQuote::quote).toList());
        context.session().run(RemoteScript.asRoot("switch on the update timers", "systemctl unmask " + units
                + " >/dev/null\nsystemctl enable --now " + units + "\n")).requireSuccess();
    }
}
