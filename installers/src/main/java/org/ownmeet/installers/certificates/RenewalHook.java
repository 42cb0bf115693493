package org.ownmeet.installers.certificates;

import org.ownmeet.installers.ssh.ShellQuote;

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
        return """
                #!/bin/bash
                # Written by OwnMeet, which replaces it on its next run. certbot runs it after every renewal:
                # the meeting domain's certificate goes to nginx and coturn (/etc/jitsi/meet) and to Prosody's
                # main host (/etc/prosody/certs); its auth. host keeps the certificate the packages made.
                set -euo pipefail
                [ "${RENEWED_LINEAGE:-}" = %1$s ] || exit 0
                %2$s
                ownmeet_install_certificate "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem" \\
                  "/var/backups/ownmeet/$(date -u +%%Y%%m%%d-%%H%%M%%S)-renewal"
                systemctl reload nginx
                systemctl reload prosody
                %3$s""".formatted(ShellQuote.quote(LetsEncryptLineage.live(domain)), InstallScript.functions(domain, coturn).strip(),
                coturn ? "systemctl try-restart coturn\n" : "");
    }
}
