package org.ownmeet.installers.certificates;

import java.util.List;
import java.util.Map;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * Where the meeting domain's certificate goes, with which owner and mode: nginx and coturn read
 * {@code /etc/jitsi/meet/<domain>.crt/.key} (the site and turnserver.conf name them), Prosody's main
 * host {@code /etc/prosody/certs/<domain>.crt/.key}, Prosody's owner and modes (real files in root's
 * folder: the packages' links into /var/lib/prosody, a folder Prosody's user owns, are replaced, never
 * followed). coturn runs as its own user, so the web key is readable by its
 * group where coturn is installed (the packages' key is root's alone, and coturn's TLS port stays
 * shut with it). {@code auth.<domain>} keeps the certificate the packages made: jicofo and the
 * videobridge trust exactly that one. Every installation, by OwnMeet or by a renewal, goes by this list.
 */
final class CertificatePlaces {
    static final String PROBE_ID = "certificate-places";

    /** Which file of the pair a place takes. */
    enum Part { CHAIN, KEY }

    record Place(String path, Part part, String owner, String group, String mode) {
        /** The shell words {@code path owner group mode}, for the install script. */
        String words() {
            return ShellQuote.quote(path) + " " + owner + " " + group + " " + mode;
        }
    }

    private CertificatePlaces() {
    }

    /** @param coturn whether coturn's user exists, which must read the web key */
    static List<Place> of(String domain, boolean coturn) {
        return List.of(
                new Place(JitsiFiles.webCertificate(domain), Part.CHAIN, "root", "root", "644"),
                new Place("/etc/jitsi/meet/" + domain + ".key", Part.KEY, "root", coturn ? "turnserver" : "root",
                        coturn ? "640" : "600"),
                new Place(prosodyChain(domain), Part.CHAIN, "prosody", "prosody", "640"),
                new Place("/etc/prosody/certs/" + domain + ".key", Part.KEY, "prosody", "prosody", "400"));
    }

    /** The services that read the certificate, and must load a new one. */
    static List<String> services(boolean coturn) {
        return coturn ? List.of("prosody", "coturn", "nginx") : List.of("prosody", "nginx");
    }

    static String prosodyChain(String domain) {
        return "/etc/prosody/certs/" + domain + ".crt";
    }

    /**
     * For each place its SHA-256 (or "missing", or "link": a link is never followed, and is replaced by a
     * real file at the next installation), owner, group and mode; and whether coturn's group exists.
     */
    static Probe probe(String domain) {
        StringBuilder script = new StringBuilder(ScriptResource.text(CertificatePlaces.class, "places-probe.sh"));
        for (Place place : of(domain, true)) {
            script.append("ownmeet_place_state ").append(ShellQuote.quote(place.path())).append('\n');
        }
        return new Probe(PROBE_ID, script.toString());
    }

    static boolean coturn(ServerState state) {
        return state.probe(PROBE_ID).lines().anyMatch(line -> line.strip().equals("coturn yes"));
    }

    /** Whether every place holds the pair with these SHA-256 sums, with the right owner and mode. */
    static boolean holdAll(ServerState state, String domain, Map<Part, String> sha256) {
        List<String> lines = state.probe(PROBE_ID).lines().map(String::strip).toList();
        return of(domain, coturn(state)).stream().allMatch(place -> lines.contains(place.path() + " " + sha256.get(place.part())
                + " " + place.owner() + " " + place.group() + " " + place.mode()));
    }
}
