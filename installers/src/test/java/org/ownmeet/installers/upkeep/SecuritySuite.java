package org.ownmeet.installers.upkeep;

/**
 * A small apt repository on the target that looks to apt as Debian's security suite does (its
 * Release says {@code Origin: Debian}, {@code Label: Debian-Security}, {@code Codename: bookworm-security}),
 * offering version 1.1 of a package whose 1.0 is installed: what a real security update is to
 * unattended-upgrades. Built with dpkg-deb alone, which every Debian has. The archive's own security
 * and stable updates are held back on the target (pinned by their suite names, which this repository
 * does not use, under either name the release has had): what they would install, and restart (needrestart
 * re-executes systemd and restarts sshd after library updates), depends on the day the test runs.
 */
final class SecuritySuite {
    private SecuritySuite() {
    }

    static String script(String name) {
        return """
                set -e
                repo=/srv/ownmeet-security-suite; work=$(mktemp -d)
                mkdir -p "$repo"
                for v in 1.0 1.1; do
                  mkdir -p "$work/$v/DEBIAN" "$work/$v/usr/share/doc/%1$s"
                  printf 'Package: %1$s\\nVersion: %%s\\nArchitecture: all\\nMaintainer: OwnMeet tests <tests@ownmeet.invalid>\\nDescription: stand-in for a package with a security update\\n' "$v" > "$work/$v/DEBIAN/control"
                  echo "$v" > "$work/$v/usr/share/doc/%1$s/version"
                  dpkg-deb --root-owner-group -b "$work/$v" "$repo/%1$s_${v}_all.deb" >/dev/null
                done
                dpkg -i "$repo/%1$s_1.0_all.deb" >/dev/null
                rm -f "$repo/%1$s_1.0_all.deb"
                cd "$repo"
                { dpkg-deb -f %1$s_1.1_all.deb
                  echo "Filename: ./%1$s_1.1_all.deb"
                  echo "Size: $(stat -c %%s %1$s_1.1_all.deb)"
                  echo "SHA256: $(sha256sum %1$s_1.1_all.deb | cut -d' ' -f1)"
                  echo; } > Packages
                { echo "Origin: Debian"; echo "Label: Debian-Security"; echo "Suite: ownmeet-test-security"
                  echo "Codename: bookworm-security"; echo "Architectures: all"; echo "Components: main"
                  echo "Date: $(date -Ru)"; echo "SHA256:"
                  echo " $(sha256sum Packages | cut -d' ' -f1) $(stat -c %%s Packages) Packages"; } > Release
                echo "deb [trusted=yes] file:$repo ./" > /etc/apt/sources.list.d/ownmeet-security-suite.list
                %2$s
                rm -rf "$work"
                apt-get -q update >/dev/null
                """.formatted(name, holdArchiveUpdates());
    }

    /** The archive's own security and stable updates held back (see above), so that a dry run has only the test's to weigh. */
    static String holdArchiveUpdates() {
        return "printf 'Package: *\\nPin: release a=%s\\nPin-Priority: -1\\n\\n' stable-security stable-updates oldstable-security "
                + "oldstable-updates > /etc/apt/preferences.d/ownmeet-test-hold-archive-updates";
    }
}
