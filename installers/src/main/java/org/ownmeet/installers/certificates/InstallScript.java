package org.ownmeet.installers.certificates;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The one way a certificate is put in place on the server, as bash functions: by OwnMeet during a
 * run and by certbot's renewal hook when OwnMeet is not there. {@code ownmeet_install_certificate
 * CHAIN KEY BACKUP} writes the pair to every {@link CertificatePlaces place} (each atomically, the
 * previous file kept under BACKUP), then has nginx and Prosody check what they would load; if either
 * refuses, every file is put back byte for byte and it returns {@value #REJECTED_STATUS}, after a
 * line {@value #REJECTED} naming the check and that check's output. Files that already hold the
 * right bytes, owner and mode are not touched. It restarts nothing. A place in a folder that is not
 * root's alone, or a link other than the packages' one step into /var/lib/prosody, stops it before
 * anything is written, with status {@value #UNSAFE_PLACE_STATUS} after a line {@value #UNSAFE_PLACE}
 * naming the place and where it leads.
 */
final class InstallScript {
    static final String REJECTED = "OWNMEET-CERTIFICATE-REJECTED";
    static final int REJECTED_STATUS = 3;
    static final String UNSAFE_PLACE = "OWNMEET-CERTIFICATE-UNSAFE-PLACE";
    static final int UNSAFE_PLACE_STATUS = 4;

    private InstallScript() {
    }

    static String functions(String domain, boolean coturn) {
        StringBuilder places = new StringBuilder();
        for (CertificatePlaces.Place place : CertificatePlaces.of(domain, coturn)) {
            places.append("  ownmeet_check_place ").append(ShellQuote.quote(place.path())).append(" || return ")
                    .append(UNSAFE_PLACE_STATUS).append('\n');
        }
        for (CertificatePlaces.Place place : CertificatePlaces.of(domain, coturn)) {
            places.append("  ownmeet_place \"$").append(place.part() == CertificatePlaces.Part.KEY ? "key" : "chain").append("\" ")
                    .append(place.words()).append('\n');
        }
        StringBuilder oldKeys = new StringBuilder();
        for (CertificatePlaces.Place place : CertificatePlaces.of(domain, coturn)) {
            if (place.part() == CertificatePlaces.Part.KEY) {
                oldKeys.append("  rm -f -- \"$ownmeet_backup\"").append(ShellQuote.quote(place.path())).append('\n');
            }
        }
        return ScriptResource.of(InstallScript.class, "install-functions.sh").fill("DOMAIN", domain)
                .insert("PLACES", places.toString().stripTrailing()).insert("REJECTED", REJECTED)
                .insert("REJECTED_STATUS", String.valueOf(REJECTED_STATUS)).insert("UNSAFE_PLACE", UNSAFE_PLACE)
                .insert("OLD_KEYS", oldKeys.toString().stripTrailing()).text();
    }
}
