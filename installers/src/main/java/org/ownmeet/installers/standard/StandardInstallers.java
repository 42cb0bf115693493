package org.ownmeet.installers.standard;

import java.util.List;

import org.ownmeet.installers.accounts.HostAccountsInstaller;
import org.ownmeet.installers.auth.AuthenticationInstaller;
import org.ownmeet.installers.browsers.FirefoxExclusionInstaller;
import org.ownmeet.installers.certificates.CertificatesInstaller;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.firewall.FirewallInstaller;
import org.ownmeet.installers.logging.LoggingInstaller;
import org.ownmeet.installers.packages.JitsiUpgradeInstaller;
import org.ownmeet.installers.packages.PackagesInstaller;
import org.ownmeet.installers.password.PasswordPageInstaller;
import org.ownmeet.installers.privacy.PrivacyInstaller;
import org.ownmeet.installers.sshlogin.SshLoginInstaller;
import org.ownmeet.installers.tuning.TuningInstaller;
import org.ownmeet.installers.upkeep.UpkeepInstaller;
import org.ownmeet.installers.welcome.WelcomePageInstaller;

/**
 * The installers of a private Jitsi Meet server, in the order they build on each other. The list lives
 * above the engine and the concerns, so that the engine knows none of them.
 */
public final class StandardInstallers {
    private StandardInstallers() {
    }

    public static List<Installer> all() {
        return List.of(new PackagesInstaller(),
                // right after the packages: every later step puts its settings on the upgraded packages
                new JitsiUpgradeInstaller(), new AuthenticationInstaller(), new HostAccountsInstaller(),
                new CertificatesInstaller(), new PrivacyInstaller(), new WelcomePageInstaller(),
                // its lines in the nginx site sit beside the welcome page's
                new FirefoxExclusionInstaller(),
                // beside the privacy notice, in the folder and nginx site the welcome page set up
                new PasswordPageInstaller(), new TuningInstaller(), new UpkeepInstaller(),
                // the ports it opens are those of everything installed before it
                new FirewallInstaller(),
                // after the firewall: both changes could shut the administrator out, each is confirmed by a new login
                new SshLoginInstaller(),
                // last: it keeps the logs of everything installed before it (ufw's among them) the chosen days
                new LoggingInstaller());
    }

    public static Engine engine() {
        return new Engine(all());
    }

    public static ServerVerification verification() {
        return new ServerVerification(all());
    }
}
