package org.ownmeet.installers.bridges;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * What the bridges need to know of the main server, read over its connection: the {@code auth.<domain>}
 * certificate they check when logging in (null before Jitsi is installed there) and the brewery room jicofo
 * watches (its own setting, or the packages' name).
 */
record MainServerFacts(String authCertificate, String brewery) {
    static final String JICOFO_CONF = "/etc/jitsi/jicofo/jicofo.conf";
    private static final Pattern BREWERY = Pattern.compile("(?m)^\\s*brewery-jid\\s*[:=]\\s*\"?([^\"\\s]+)\"?");

    static String authCertificatePath(String domain) {
        return "/etc/prosody/certs/" + BridgeNames.authDomain(domain) + ".crt";
    }

    static MainServerFacts read(SshSession main, String domain) {
        String certificate = authCertificatePath(domain);
        ServerState state = StateReader.read(main, StateRequest.of(List.of(certificate, JICOFO_CONF), List.of()));
        FileSnapshot pem = state.file(certificate);
        return new MainServerFacts(pem.exists() ? pem.text() : null, brewery(state.file(JICOFO_CONF), domain));
    }

    /** MUC room names are case-insensitive to Prosody; the lower-case form is what it reports. */
    static String brewery(FileSnapshot jicofoConf, String domain) {
        if (jicofoConf.exists()) {
            Matcher matcher = BREWERY.matcher(jicofoConf.text());
            if (matcher.find()) {
                return matcher.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return BridgeNames.brewery(domain);
    }
}
