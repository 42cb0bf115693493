package org.ownmeet.installers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstallPackagesTest {

    @Test
    void packagesNotFullyInstalledAreMissing() {
        String answer = """
                ufw installed
                certbot config-files
                """;
        assertEquals(List.of("certbot", "logrotate"), InstallPackages.missing(answer, List.of("ufw", "certbot", "logrotate")));
        assertEquals(List.of(), InstallPackages.missing(answer, List.of("ufw")));
    }

    @Test
    void onlyPackageNamesAreAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> new InstallPackages(List.of("ufw; reboot"), "firewall", Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new InstallPackages(List.of(), "nothing", Duration.ofMinutes(1)));
    }
}
