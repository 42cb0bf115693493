package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.welcome.UnexpectedSiteProblem;

/** What the installer plans from a server state (no server needed). */
class PasswordPageInstallerTest {
    private static final PasswordPageInstaller INSTALLER = new PasswordPageInstaller();
    private static final Profile PROFILE = ProfileSamples.school();
    private static final String SITE = JitsiFiles.nginxSite(PROFILE.domain());
    private static final String SITE_TEXT = "server {\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    listen [::]:443 ssl;\n"
            + "    root /usr/share/jitsi-meet;\n}\n";
    private static final String STROPHE_INSTALLED = "libjs-strophe installed\n";

    private static ServerState state(Map<String, String> texts, String probe) {
        Map<String, FileSnapshot> files = new HashMap<>();
        for (String path : INSTALLER.needs(PROFILE).files()) {
            String text = texts.get(path);
            files.put(path, text == null ? new FileSnapshot(path, false, null, null, null, null)
                    : new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "644", "root", "root"));
        }
        return new ServerState(files, Map.of("password-page-library", probe));
    }

    private static List<Change> plan(ServerState state) {
        return INSTALLER.plan(state, PROFILE, ApplyOptions.defaults());
    }

    @Test
    void aFreshServerGetsTheLibraryThePageAndTheLocations() {
        List<Change> changes = plan(state(Map.of(SITE, SITE_TEXT), ""));
        assertEquals(List.of("libjs-strophe"), assertInstanceOf(InstallPackages.class, changes.get(0)).packages());
        List<String> paths = changes.stream().skip(1).map(change -> ((FileChange) change).path()).toList();
        assertEquals(List.of(PasswordPageFiles.FOLDER + "index.html", PasswordPageFiles.FOLDER + "password-page.js",
                PasswordPageFiles.FOLDER + "password-page.css", SITE), paths);
        String site = new String(((FileChange) changes.get(4)).after().content(), StandardCharsets.UTF_8);
        assertTrue(site.contains("    listen [::]:443 ssl;\n    # BEGIN OwnMeet password-page"), site);
        assertTrue(site.contains("add_header Content-Security-Policy \"" + PasswordPageFiles.CONTENT_SECURITY_POLICY + "\" always;"));
        assertTrue(site.contains("location = /ownmeet/password/strophe.min.js {\n        alias /usr/share/javascript/strophe/strophe.min.js;"),
                site);
        assertEquals(java.util.Set.of("nginx"), ((FileChange) changes.get(4)).restarts());
    }

    @Test
    void aServerThatHasItAllGetsNoChange() {
        Map<String, String> texts = new HashMap<>();
        texts.put(SITE, SITE_TEXT);
        for (Change change : plan(state(texts, ""))) {
            if (change instanceof FileChange file) {
                texts.put(file.path(), new String(file.after().content(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), plan(state(texts, STROPHE_INSTALLED)));
    }

    @Test
    void beforeJitsiIsInstalledTheChangeIsPending() {
        List<Change> changes = plan(state(Map.of(), ""));
        assertEquals(1, changes.size());
        assertInstanceOf(PendingChange.class, changes.get(0));
        assertTrue(changes.get(0).detail().contains(PasswordPageFiles.url(PROFILE.domain())), changes.get(0).detail());
    }

    @Test
    void aSiteWithoutAnHttpsServerIsNotGuessedAt() {
        assertThrows(UnexpectedSiteProblem.class, () -> plan(state(Map.of(SITE, "server {\n    listen 80;\n}\n"), STROPHE_INSTALLED)));
    }
}
