package org.ownmeet.installers.sshlogin;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * SSH password logins off, when the profile asks and the user logged in with a key (offered, never
 * imposed: someone who logs in with a password would shut themselves out). The change runs under an
 * undo timer that only a new login with the key stops, as the firewall's does.
 */
public final class SshLoginInstaller implements Installer {
    /** Why password logins are not turned off (the plan's, and the wizard's when the user logged in with a password). */
    public static final Notice KEY_NEEDED = Notice.of("ssh-login.key-needed", "Password logins stay on: OwnMeet turns them off "
            + "only when you log in with a key, so that you cannot shut yourself out. Log in with your key and run OwnMeet again.");
    private final Supplier<String> settings;

    public SshLoginInstaller() {
        this(PasswordLogins::off);
    }

    /** With other sshd settings than OwnMeet's, for tests that need a change that shuts the key out. */
    SshLoginInstaller(Supplier<String> settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "ssh-login";
    }

    @Override
    public String title() {
        return "Allow SSH logins with a key only";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(PasswordLogins.FILE), List.of(SshLoginProbe.PROBE));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        SshLoginProbe probe = SshLoginProbe.parse(state.probe(SshLoginProbe.PROBE.id()));
        if (profile.upkeep().keyLoginsOnly() && !isOff(state) && !probe.withKey()) {
            return List.of(KEY_NEEDED);
        }
        return List.of();
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        SshLoginProbe probe = SshLoginProbe.parse(state.probe(SshLoginProbe.PROBE.id()));
        FileSnapshot file = state.file(PasswordLogins.FILE);
        if (!profile.upkeep().keyLoginsOnly()) {
            return file.exists() ? List.of(new AllowPasswordLogins()) : List.of();
        }
        if (isOff(state) && !probe.undoPending() || !probe.withKey()) {
            return List.of();
        }
        return List.of(new TurnPasswordLoginsOff(settings.get(), options.firewallSafetyWindow()));
    }

    private boolean isOff(ServerState state) {
        FileSnapshot file = state.file(PasswordLogins.FILE);
        return file.exists() && Arrays.equals(file.content(), settings.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
