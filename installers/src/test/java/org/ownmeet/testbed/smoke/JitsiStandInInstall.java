package org.ownmeet.testbed.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * {@code apt-get install jitsi-meet} from the stand-in repository, the way the official quick install
 * does it (key, source, preseeding, non-interactive install), pulls in Debian's own prosody, nginx
 * and coturn and leaves every service running. One subclass per shape, each on a fresh target.
 */
abstract class JitsiStandInInstall {
    private static final List<String> SERVICES = List.of("prosody", "nginx", "coturn", "jicofo", "jitsi-videobridge2");

    abstract JitsiShape shape();

    abstract String mainHostAuthentication();

    @Test
    void installsJitsiMeetWithDebiansServersAndEveryServiceRuns(DebianTarget target, JitsiStandInRepository repository) {
        target.root("""
                curl -fsSL %1$s | gpg --dearmor > /usr/share/keyrings/jitsi-keyring.gpg
                echo "deb [signed-by=/usr/share/keyrings/jitsi-keyring.gpg] %2$s stable/" > /etc/apt/sources.list.d/jitsi-stable.list
                apt-get -q update
                debconf-set-selections <<SELECTIONS
                jitsi-videobridge2 jitsi-videobridge/jvb-hostname string %3$s
                jitsi-meet-web-config jitsi-meet/cert-choice select Generate a new self-signed certificate
                jitsi-meet-web-config jitsi-meet/jaas-choice boolean false
                SELECTIONS
                DEBIAN_FRONTEND=noninteractive apt-get install -q -y jitsi-meet
                """.formatted(repository.keyUrl(), repository.url(shape()), target.domain()))
                .timeout(Duration.ofMinutes(10)).run();

        for (String debianPackage : List.of("prosody", "nginx", "coturn", "ruby-hocon")) {
            String policy = target.root("apt-cache policy " + debianPackage).run().output();
            assertTrue(policy.contains("Installed: ") && !policy.contains("Installed: (none)"), policy);
            assertTrue(policy.contains("deb.debian.org"), debianPackage + " must come from Debian:\n" + policy);
        }
        String jitsiOrigin = target.root("apt-cache policy jitsi-meet").run().output();
        assertTrue(jitsiOrigin.contains(repository.url(shape())), jitsiOrigin);

        for (String service : SERVICES) {
            assertEquals("active", target.root("systemctl is-active " + service).runAllowingFailure().output().strip(), service);
        }

        String vhost = target.root("cat /etc/prosody/conf.avail/" + target.domain() + ".cfg.lua").run().output();
        assertTrue(vhost.contains("authentication = \"" + mainHostAuthentication() + "\""), vhost);

        String config = HostCommand.of("curl", "-sSfk", "--resolve", target.domain() + ":443:" + target.address(),
                "https://" + target.domain() + "/config.js").run().output();
        assertTrue(config.contains("domain: '" + target.domain() + "'"), config);
    }
}
