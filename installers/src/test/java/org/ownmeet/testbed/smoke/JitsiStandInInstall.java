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
        target.root(repository.quickInstallScript(shape(), target.domain()))
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

        // the bridge logs in with its own settings and joins the brewery, as the real one does
        String joined = target.root("for i in $(seq 60); do grep -q 'Joined MUC' /var/log/jitsi/jvb.log && break; sleep 0.5;"
                + " done; cat /var/log/jitsi/jvb.log").run().output();
        assertTrue(joined.toLowerCase().contains("joined muc: jvbbrewery@internal.auth." + target.domain()), joined);

        String config = HostCommand.of("curl", "-sSfk", "--resolve", target.domain() + ":443:" + target.address(),
                "https://" + target.domain() + "/config.js").run().output();
        assertTrue(config.contains("domain: '" + target.domain() + "'"), config);
    }
}
