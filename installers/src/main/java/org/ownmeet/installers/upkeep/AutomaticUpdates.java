package org.ownmeet.installers.upkeep;

import java.util.List;

import org.ownmeet.installers.packages.JitsiUpgradeInstaller;
import org.ownmeet.installers.profile.Profile.Upkeep;

/**
 * What unattended-upgrades may install by itself: the distribution's security and stable updates, and
 * nothing else. Debian's own list (which also takes the point releases) is cleared first, so only these
 * patterns apply; the Jitsi repository matches none of them, and its packages are on the blacklist as
 * well, because an upgrade of them must be followed by OwnMeet putting its settings back.
 */
final class AutomaticUpdates {
    /** After Debian's {@code 50unattended-upgrades}, so its list is cleared and replaced. */
    static final String SETTINGS = "/etc/apt/apt.conf.d/52ownmeet-unattended-upgrades";
    /** After {@code 20auto-upgrades}, which the package writes from a debconf answer. */
    static final String SCHEDULE = "/etc/apt/apt.conf.d/21ownmeet-auto-upgrades";
    /**
     * Debian names its suites by codename ({@code bookworm-security}, the archive being {@code stable-security}),
     * Ubuntu by archive ({@code noble-security}, the codename being {@code noble}): both forms, each matching
     * nothing on the other.
     */
    static final List<String> ORIGIN_PATTERNS = List.of(
            "origin=${distro_id},codename=${distro_codename}-security,label=${distro_id}-Security",
            "origin=${distro_id},codename=${distro_codename},label=${distro_id}-Security",
            "origin=${distro_id},codename=${distro_codename}-updates",
            "origin=${distro_id},archive=${distro_codename}-security",
            "origin=${distro_id},archive=${distro_codename}-updates");

    private AutomaticUpdates() {
    }

    static String settings(Upkeep upkeep) {
        StringBuilder text = new StringBuilder("""
                // OwnMeet: the distribution's security and stable updates are installed automatically, nothing else.
                // The Jitsi packages are upgraded through OwnMeet, which then puts its settings back on them.
                #clear Unattended-Upgrade::Origins-Pattern;
                #clear Unattended-Upgrade::Allowed-Origins;
                Unattended-Upgrade::Origins-Pattern {
                """);
        ORIGIN_PATTERNS.forEach(p -> text.append("        \"").append(p).append("\";\n"));
        text.append("};\nUnattended-Upgrade::Package-Blacklist {\n");
        // entries are regular expressions matched from the start of the name
        JitsiUpgradeInstaller.PACKAGES.forEach(p -> text.append("        \"").append(p).append("$\";\n"));
        text.append("};\n");
        text.append("Unattended-Upgrade::Remove-Unused-Kernel-Packages \"true\";\n");
        text.append(RebootWindow.settings(upkeep));
        return text.toString();
    }

    static String schedule() {
        return """
                // OwnMeet: refresh the package lists and install the allowed updates every day (apt-daily-upgrade.timer).
                APT::Periodic::Update-Package-Lists "1";
                APT::Periodic::Unattended-Upgrade "1";
                APT::Periodic::AutocleanInterval "7";
                """;
    }
}
