package org.ownmeet.installers.upkeep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.packages.JitsiUpgradeInstaller;
import org.ownmeet.installers.profile.Profile.Upkeep;

class AutomaticUpdatesTest {

    @Test
    void onlyTheDistributionsSecurityAndUpdatesSuitesAreAllowed() {
        String text = AutomaticUpdates.settings(Upkeep.DEFAULTS);
        assertTrue(text.contains("#clear Unattended-Upgrade::Origins-Pattern;\n"), "Debian's own list, point releases too, goes");
        assertTrue(text.contains("\"origin=${distro_id},codename=${distro_codename}-security,label=${distro_id}-Security\";"), text);
        assertTrue(text.contains("\"origin=${distro_id},codename=${distro_codename}-updates\";"), text);
        assertTrue(text.contains("\"origin=${distro_id},archive=${distro_codename}-security\";"), "Ubuntu's form: " + text);
        assertFalse(text.contains("jitsi.org"), text);
        for (String name : JitsiUpgradeInstaller.PACKAGES) {
            assertTrue(text.contains("        \"" + name + "$\";\n"), name);
        }
        assertTrue(text.contains("Unattended-Upgrade::Automatic-Reboot \"false\";\n"), text);
        assertFalse(text.contains("Automatic-Reboot-Time"), text);
    }

    @Test
    void theRestartWindowIsTheChosenTime() {
        String text = AutomaticUpdates.settings(new Upkeep(true, "03:15", false));
        assertTrue(text.contains("Unattended-Upgrade::Automatic-Reboot \"true\";\nUnattended-Upgrade::Automatic-Reboot-WithUsers "
                + "\"true\";\nUnattended-Upgrade::Automatic-Reboot-Time \"03:15\";\n"), text);
    }

    @Test
    void needrestartRestartsByItself() {
        assertTrue(ServiceRestarts.settings().contains("$nrconf{restart} = 'a';\n"));
    }
}
