package org.ownmeet.installers.certificates;

import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The profile no longer asks for Let's Encrypt: OwnMeet's renewal hook goes (a renewal would put the
 * Let's Encrypt certificate back over the one now wanted) and certbot forgets the certificate, so it
 * stops asking for renewals of a name that may no longer point here.
 */
record StopLetsEncrypt(String domain) implements ActionChange {

    @Override
    public String summary() {
        return "Stop renewing the Let's Encrypt certificate, which is no longer used";
    }

    @Override
    public String detail() {
        return "removes " + RenewalHook.PATH + "; certbot delete --cert-name " + domain;
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        context.session().run(RemoteScript.asRoot("stop renewing the Let's Encrypt certificate", ScriptResource.of(StopLetsEncrypt.class, "stop-renewing.sh").with("HOOK", RenewalHook.PATH)
                .with("RENEWAL_CONFIG", LetsEncryptLineage.renewalPath(domain)).with("DOMAIN", domain).text())).requireSuccess();
    }
}
