package org.ownmeet.installers.certificates;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * What certbot holds for the meeting domain: {@code /etc/letsencrypt/live/<domain>/} (the newest
 * certificate and key) and the renewal settings naming the ACME directory it came from. The key is
 * never read here, only its SHA-256.
 */
record LetsEncryptLineage(Optional<CertificateChain> chain, String server, Map<CertificatePlaces.Part, String> sha256) {
    /** Less time left than this, and renewal has evidently failed for weeks: OwnMeet asks for a new one. */
    static final Duration RENEW_WHEN_LEFT = Duration.ofDays(14);
    static final String PROBE_ID = "letsencrypt-lineage";

    static String live(String domain) {
        return "/etc/letsencrypt/live/" + domain;
    }

    static String chainPath(String domain) {
        return live(domain) + "/fullchain.pem";
    }

    static String renewalPath(String domain) {
        return "/etc/letsencrypt/renewal/" + domain + ".conf";
    }

    static Probe probe(String domain) {
        String live = ShellQuote.quote(live(domain));
        return new Probe(PROBE_ID, "for f in fullchain privkey; do if [ -f " + live + "/$f.pem ]; then echo \"$f "
                + "$(sha256sum < " + live + "/$f.pem | cut -d' ' -f1)\"; fi; done");
    }

    static LetsEncryptLineage of(ServerState state, String domain) {
        FileSnapshot chainFile = state.file(chainPath(domain));
        FileSnapshot renewal = state.file(renewalPath(domain));
        Map<CertificatePlaces.Part, String> sums = new EnumMap<>(CertificatePlaces.Part.class);
        for (String line : state.probe(PROBE_ID).split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length == 2 && fields[0].equals("fullchain")) {
                sums.put(CertificatePlaces.Part.CHAIN, fields[1]);
            } else if (fields.length == 2 && fields[0].equals("privkey")) {
                sums.put(CertificatePlaces.Part.KEY, fields[1]);
            }
        }
        return new LetsEncryptLineage(chainFile.exists() ? CertificateChain.parse(chainFile.text()) : Optional.empty(),
                renewal.exists() ? server(renewal.text()) : "", sums);
    }

    /** The {@code server = ...} line of certbot's renewal settings. */
    static String server(String renewalConf) {
        return renewalConf.lines().map(String::strip).filter(l -> l.startsWith("server ") || l.startsWith("server="))
                .map(l -> l.substring(l.indexOf('=') + 1).strip()).findFirst().orElse("");
    }

    boolean exists() {
        return chain.isPresent() && sha256.size() == 2;
    }

    /** A certificate for the domain, from this directory, with time left: nothing to ask for. */
    boolean usableFor(String domain, String directory, Instant now) {
        return exists() && chain.get().covers(domain) && Certificates.sameDirectory(server, directory)
                && chain.get().notAfter().isAfter(now.plus(RENEW_WHEN_LEFT));
    }

}
