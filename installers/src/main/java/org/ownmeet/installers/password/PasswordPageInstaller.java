package org.ownmeet.installers.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.welcome.NoticeLocations;
import org.ownmeet.installers.welcome.UnexpectedSiteProblem;

/**
 * A page on the meeting server where hosts replace their one-time password with one of their own,
 * so that the administrator never learns it: OwnMeet's files beside the privacy notice, the
 * distribution's Strophe.js for the XMPP in the browser, and nginx lines that serve both with a
 * strict policy (no inline code, nothing from or to another host).
 */
public final class PasswordPageInstaller implements Installer {
    private static final String PROBE = "password-page-library";

    @Override
    public String id() {
        return "password-page";
    }

    @Override
    public String title() {
        return "Hosts can change their own password on the server's own page";
    }

    @Override
    public StateRequest needs(Profile profile) {
        List<String> files = new ArrayList<>(List.of(JitsiFiles.nginxSite(profile.domain())));
        PasswordPageFiles.ownFiles().forEach(file -> files.add(PasswordPageFiles.path(file)));
        return StateRequest.of(files, List.of(InstallPackages.probe(PROBE, List.of(PasswordPageFiles.STROPHE_PACKAGE))));
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        FileSnapshot site = state.file(JitsiFiles.nginxSite(domain));
        if (!site.exists()) {
            return List.of(new PendingChange(title(), "once Jitsi Meet is installed: the page under " + PasswordPageFiles.FOLDER
                    + ", served at " + PasswordPageFiles.url(domain)));
        }
        List<Change> changes = new ArrayList<>();
        List<String> missing = InstallPackages.missing(state.probe(PROBE), List.of(PasswordPageFiles.STROPHE_PACKAGE));
        if (!missing.isEmpty()) {
            changes.add(new InstallPackages(missing, "the XMPP library the password page runs in the browser",
                    options.packageLockWait()));
        }
        changes.add(ownFile(state, PasswordPageFiles.PAGE, "the password page for hosts", PasswordPage.html(profile)));
        changes.add(ownFile(state, PasswordPageFiles.SCRIPT, "the password page's script", PasswordPage.script()));
        changes.add(ownFile(state, PasswordPageFiles.STYLE, "the password page's look", PasswordPage.style()));
        String withBlock = ManagedBlock.putAfter(site.text(), "#", PasswordPageLocations.BLOCK, PasswordPageLocations.block(),
                NoticeLocations.HTTPS_SERVER);
        if (withBlock == null) {
            throw new UnexpectedSiteProblem(domain, site.path());
        }
        changes.add(FileChange.ifDifferent("the web server serves the password page with a strict policy, and the XMPP library",
                site, FileWrite.of(site.path(), withBlock), Validator.NGINX, Set.of("nginx")));
        return changes.stream().filter(change -> change != null).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new PasswordPageCheck(profile));
    }

    private static FileChange ownFile(ServerState state, String file, String why, String content) {
        return FileChange.ifDifferent(why, state.file(PasswordPageFiles.path(file)),
                FileWrite.of(PasswordPageFiles.path(file), content).withMode("644"), Validator.NONE, Set.of());
    }
}
