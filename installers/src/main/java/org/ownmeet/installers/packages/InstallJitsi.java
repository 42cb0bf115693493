package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * Installs {@code jitsi-meet} without questions: the debconf answers (domain, certificate choice as
 * the installed version spells it, e-mail, no JaaS account) are given first. The packages always
 * start with their self-signed certificate: a Let's Encrypt one or the user's own (whose files are on
 * the user's computer, not on the server) is put in its place by the certificates step.
 */
record InstallJitsi(Profile profile, TargetSystem system, boolean healFirst, Duration lockWait) implements ActionChange {

    @Override
    public String summary() {
        return healFirst ? "Finish an interrupted package installation, then install Jitsi Meet"
                : "Install Jitsi Meet (jitsi-meet and what it needs: Prosody, nginx, coturn, jicofo, the videobridge)";
    }

    @Override
    public String detail() {
        return "for " + profile.domain() + " on " + system + "; answers given beforehand: the domain, a "
                + "self-signed certificate to start with, no JaaS account; nothing installed is upgraded";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        List<String> answers = List.of("jitsi-videobridge2 jitsi-videobridge/jvb-hostname string " + profile.domain(),
                "jitsi-meet-web-config jitsi-meet/jaas-choice boolean false",
                "jitsi-meet-web-config jitsi-meet/email string " + profile.adminEmail());
        String script = AptScript.functions(lockWait) + CertificateChoice.readChoicesScript() + preparation()
                + ScriptResource.of(InstallJitsi.class, "install-jitsi.sh").with("CERT_CHOICE", "self-signed")
                .withList("ANSWERS", answers).text();
        context.session().run(RemoteScript.asRoot("install Jitsi Meet", script).withTimeout(lockWait.plusMinutes(40)),
                new WaitingReporter(context)).requireSuccess();
    }

    /** Ubuntu: the universe component; Ubuntu 22.04 also Prosody's own repository (its Prosody 0.11 is too old). */
    private String preparation() {
        StringBuilder script = new StringBuilder();
        if (system.needsUniverse()) {
            script.append("ownmeet_apt install --no-install-recommends software-properties-common\n")
                    .append("add-apt-repository -y universe\n");
        }
        if (system.needsProsodyRepository()) {
            script.append("curl -fsSL --max-time 120 -o /usr/share/keyrings/prosody-debian-packages.key ")
                    .append("https://prosody.im/files/prosody-debian-packages.key\n")
                    .append("echo \"deb [signed-by=/usr/share/keyrings/prosody-debian-packages.key] http://packages.prosody.im/debian ")
                    .append(system.codename()).append(" main\" > /etc/apt/sources.list.d/prosody-debian-packages.list\n");
        }
        return script.toString();
    }
}
