package org.ownmeet.installers.upkeep;

import org.ownmeet.installers.profile.Profile.Upkeep;

/**
 * A restart after an update that needs one (a new kernel, a new C library): off unless the user
 * chose it, then at the chosen time, and only when the update asks for it ({@code /var/run/reboot-required}).
 */
final class RebootWindow {
    private RebootWindow() {
    }

    static String settings(Upkeep upkeep) {
        if (!upkeep.automaticReboot()) {
            return "Unattended-Upgrade::Automatic-Reboot \"false\";\n";
        }
        return "Unattended-Upgrade::Automatic-Reboot \"true\";\n"
                + "Unattended-Upgrade::Automatic-Reboot-WithUsers \"true\";\n"
                + "Unattended-Upgrade::Automatic-Reboot-Time \"" + upkeep.rebootTime() + "\";\n";
    }
}
