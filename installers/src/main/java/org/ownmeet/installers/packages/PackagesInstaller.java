package org.ownmeet.installers.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * Jitsi's apt repository and signing key, then the packages, installed without a single question
 * (debconf answers given beforehand, {@code jaas-choice} off). It waits for system updates that hold
 * the package manager, finishes an interrupted installation, and never upgrades what is installed.
 */
public final class PackagesInstaller implements Installer {
    static final String SOURCES = "/etc/apt/sources.list.d/jitsi-stable.list";
    static final String KEYRING = "/usr/share/keyrings/jitsi-keyring.gpg";
    private static final List<String> JITSI = List.of("jitsi-meet", "jitsi-meet-web", "jitsi-meet-web-config",
            "jitsi-meet-prosody", "jicofo", "jitsi-videobridge2");

    @Override
    public String id() {
        return "packages";
    }

    @Override
    public String title() {
        return "Install Jitsi Meet";
    }

    /** What the repository's changes are planned from: the system, the key, an interrupted dpkg. */
    static final List<Probe> REPOSITORY_PROBES = List.of(new Probe("os", TargetSystem.probeScript()),
            new Probe("keyring", "test -s " + KEYRING + " && echo present || echo missing"),
            new Probe("dpkg-audit", "dpkg --audit 2>&1 | head -n 20"));

    @Override
    public StateRequest needs(Profile profile) {
        List<Probe> probes = new ArrayList<>(REPOSITORY_PROBES);
        probes.add(InstallPackages.probe("jitsi-packages", JITSI));
        // debconf's own database, read directly: debconf-show would start perl on every run
        probes.add(new Probe("jvb-hostname", "awk '/^Name: jitsi-videobridge\\/jvb-hostname$/ {found=1} found && /^Value:/ "
                + "{print $2; exit} /^$/ {found=0}' /var/cache/debconf/config.dat 2>/dev/null || true"));
        return StateRequest.of(List.of(SOURCES), probes);
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        TargetSystem system = supportedSystem(state);
        String installedFor = state.probe("jvb-hostname").strip();
        if (!installedFor.isEmpty() && !installedFor.equals(profile.domain())) {
            throw new DomainChangeProblem(installedFor, profile.domain());
        }
        List<Change> changes = repositoryChanges(state, profile, options);
        boolean interrupted = interrupted(state);
        if (interrupted || !InstallPackages.missing(state.probe("jitsi-packages"), JITSI).isEmpty()) {
            changes.add(new InstallJitsi(profile, system, interrupted, options.packageLockWait()));
        }
        return changes;
    }

    /** The system, if OwnMeet sets it up; a plain problem otherwise. */
    static TargetSystem supportedSystem(ServerState state) {
        TargetSystem system = TargetSystem.parse(state.probe("os"));
        if (!system.isSupported()) {
            throw new UnsupportedSystemProblem(system);
        }
        return system;
    }

    /** Whether dpkg has an installation to finish first. */
    static boolean interrupted(ServerState state) {
        return !state.probe("dpkg-audit").isBlank();
    }

    /** Jitsi's repository, on the main server and on a videobridge server: its key when missing or the source changes, the source. */
    static List<Change> repositoryChanges(ServerState state, Profile profile, ApplyOptions options) {
        List<Change> changes = new ArrayList<>();
        FileChange sources = FileChange.ifDifferent("where the Jitsi packages come from", state.file(SOURCES),
                FileWrite.of(SOURCES, sourcesLine(profile.packageSources())).withMode("644"), Validator.NONE, Set.of());
        if (sources != null || state.probe("keyring").strip().equals("missing")) {
            changes.add(new AddSigningKey(profile.packageSources().jitsiKeyUrl(), options.packageLockWait()));
        }
        if (sources != null) {
            changes.add(sources);
        }
        return changes;
    }

    static String sourcesLine(Profile.PackageSources sources) {
        return "deb [signed-by=" + KEYRING + "] " + sources.jitsiRepository() + " " + sources.jitsiSuite() + "\n";
    }
}
