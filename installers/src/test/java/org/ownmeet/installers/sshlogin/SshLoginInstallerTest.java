package org.ownmeet.installers.sshlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;

class SshLoginInstallerTest {
    private static final Profile KEYS_ONLY = ProfileSamples.school().withUpkeep(new Profile.Upkeep(false, "04:00", true));
    private final SshLoginInstaller installer = new SshLoginInstaller();

    private static ServerState state(String probe, FileSnapshot file) {
        return new ServerState(Map.of(PasswordLogins.FILE, file), Map.of(SshLoginProbe.PROBE.id(), probe));
    }

    @Test
    void offeredOnlyToWhoLoggedInWithAKey() {
        FileSnapshot none = new FileSnapshot(PasswordLogins.FILE, false, null, null, null, null);
        assertEquals(1, installer.plan(state("login publickey\n", none), KEYS_ONLY, ApplyOptions.defaults()).size());
        ServerState withPassword = state("login password\n", none);
        assertTrue(installer.plan(withPassword, KEYS_ONLY, ApplyOptions.defaults()).isEmpty());
        assertEquals("ssh-login.key-needed", installer.warnings(withPassword, KEYS_ONLY).get(0).code());
        assertTrue(installer.plan(state("\n", none), KEYS_ONLY, ApplyOptions.defaults()).isEmpty(), "unknown: not offered");
        assertTrue(installer.plan(state("login publickey\n", none), ProfileSamples.school(), ApplyOptions.defaults()).isEmpty(),
                "off by default");
    }

    @Test
    void doneOnceAndUndoneWhenTheOptionGoes() {
        FileSnapshot off = new FileSnapshot(PasswordLogins.FILE, true, PasswordLogins.off().getBytes(StandardCharsets.UTF_8), "644", "root", "root");
        assertTrue(installer.plan(state("login publickey\n", off), KEYS_ONLY, ApplyOptions.defaults()).isEmpty());
        assertEquals(1, installer.plan(state("login publickey\nundo-pending\n", off), KEYS_ONLY, ApplyOptions.defaults()).size(),
                "an unconfirmed change of an interrupted run is made again, under the timer");
        assertEquals(List.of(new AllowPasswordLogins()), installer.plan(state("login password\n", off), ProfileSamples.school(),
                ApplyOptions.defaults()));
    }
}
