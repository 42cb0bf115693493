package org.ownmeet.installers.browsers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.welcome.UnexpectedSiteProblem;

/**
 * Firefox kept out of meetings, if the profile asks for it: deployers who lived through Jitsi's old
 * problem (one Firefox participant made sound and video flaky for everyone) still do this. Upstream has
 * fixed that problem, so it is off unless chosen; off, the package's own {@code interface_config.js}
 * is served untouched. Verified by {@link UnsupportedBrowsersCheck} on the served file.
 */
public final class FirefoxExclusionInstaller implements Installer {
    private static final Set<String> NGINX = Set.of("nginx");

    @Override
    public String id() {
        return "browsers";
    }

    @Override
    public String title() {
        return "Firefox joins meetings or is kept out, as you chose";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(JitsiFiles.nginxSite(profile.domain()), InterfaceConfigOverride.PACKAGED,
                InterfaceConfigOverride.path(profile.domain())), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        boolean exclude = profile.options().excludeFirefox();
        FileSnapshot site = state.file(JitsiFiles.nginxSite(domain));
        FileSnapshot packaged = state.file(InterfaceConfigOverride.PACKAGED);
        FileSnapshot own = state.file(InterfaceConfigOverride.path(domain));
        if (!site.exists() || !packaged.exists()) {
            return exclude ? List.of(new PendingChange(title(), "once Jitsi Meet is installed: Firefox is shown the page for"
                    + " browsers that are not supported")) : List.of();
        }
        List<Change> changes = new ArrayList<>();
        if (exclude || own.exists()) {
            // off, a copy left from before stays the package's file, so it never holds an old choice
            String text = exclude ? InterfaceConfigOverride.file(packaged.text()) : packaged.text();
            changes.add(FileChange.ifDifferent(exclude ? "Firefox is moved to the browsers that are not supported"
                    : "the copy of the browser settings is the package's again", own,
                    FileWrite.of(own.path(), text).withMode("644"), Validator.NONE, Set.of()));
        }
        String newSite = exclude ? InterfaceConfigOverride.siteWith(site.text(), domain) : InterfaceConfigOverride.siteWithout(site.text());
        if (newSite == null) {
            throw new UnexpectedSiteProblem(domain, site.path());
        }
        changes.add(FileChange.ifDifferent(exclude ? "the meeting page takes the browser settings that keep Firefox out"
                : "the meeting page takes the package's browser settings", site, FileWrite.of(site.path(), newSite),
                Validator.NGINX, NGINX));
        return changes.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new UnsupportedBrowsersCheck(profile.options().excludeFirefox()));
    }
}
