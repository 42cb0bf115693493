package org.ownmeet.installers.certificates;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The file certbot runs after each renewal ({@value #PATH}): it installs the renewed certificate of the
 * meeting domain with the same {@link InstallScript} OwnMeet uses, then has nginx, Prosody and coturn
 * load it. nginx and Prosody reload (meetings in progress go on); coturn restarts, as Jitsi's own
 * renewal script does. If a check refuses the new files, the previous ones stay and the hook fails,
 * which certbot reports.
 */
final class RenewalHook {
    static final String PATH = "/etc/letsencrypt/renewal-hooks/deploy/ownmeet-install-certificate";

    private RenewalHook() {
    }

    static String content(String domain, boolean coturn) {
        return ScriptResource.of(RenewalHook.class, "renewal-hook.sh").fill("LINEAGE", LetsEncryptLineage.live(domain))
                .insert("FUNCTIONS", InstallScript.functions(domain, coturn).strip()).text()
                + (coturn ? "systemctl try-restart coturn\n" : "");
    }
}
