package org.ownmeet.installers.packages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetSystemTest {

    @Test
    void theFourSupportedSystemsAndWhatDiffers() {
        assertTrue(TargetSystem.parse("debian 12 bookworm").isSupported());
        assertTrue(TargetSystem.parse("debian 13 trixie").isSupported());
        TargetSystem jammy = TargetSystem.parse("ubuntu 22.04 jammy");
        assertTrue(jammy.isSupported() && jammy.needsUniverse() && jammy.needsProsodyRepository());
        TargetSystem noble = TargetSystem.parse("ubuntu 24.04 noble");
        assertTrue(noble.isSupported() && noble.needsUniverse() && !noble.needsProsodyRepository());
        assertFalse(TargetSystem.parse("debian 11 bullseye").isSupported());
        assertFalse(TargetSystem.parse("centos 9").isSupported());
        assertFalse(TargetSystem.parse("").isSupported());
    }
}
