package org.ownmeet.installers.certificates;

import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/** Debian's certbot renews from a systemd timer, twice a day; it is on after installing, and this turns it back on if not. */
record EnableRenewal() implements ActionChange {
    static final String TIMER = "certbot.timer";

    @Override
    public String summary() {
        return "Renew the certificate automatically: certbot's timer checks twice a day";
    }

    @Override
    public String detail() {
        return "systemctl enable --now " + TIMER + "; certbot renews 30 days before the certificate runs out";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        context.session().run(RemoteScript.asRoot("turn on certificate renewal", "systemctl enable --now " + TIMER).quiet())
                .requireSuccess();
    }
}
