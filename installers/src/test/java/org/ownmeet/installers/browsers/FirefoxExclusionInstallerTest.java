package org.ownmeet.installers.browsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.privacy.ServedConfig;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** What the installer plans for each choice, and what a browser then reads from the file it serves (no server needed). */
class FirefoxExclusionInstallerTest {
    private static final FirefoxExclusionInstaller INSTALLER = new FirefoxExclusionInstaller();
    private static final Profile SCHOOL = ProfileSamples.school();
    private static final String DOMAIN = SCHOOL.domain();
    private static final String SITE = "server {\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    root /usr/share/jitsi-meet;\n}\n";
    private static final String PACKAGED = "var interfaceConfig = {\n    OPTIMAL_BROWSERS: [ 'chrome', 'firefox', 'safari' ],\n"
            + "    UNSUPPORTED_BROWSERS: [],\n};\n";

    private static Profile excluding(boolean firefox) {
        return SCHOOL.withOptions(SCHOOL.options().withExcludeFirefox(firefox));
    }

    private static ServerState state(String site, String own) {
        Map<String, FileSnapshot> files = new HashMap<>();
        files.put(JitsiFiles.nginxSite(DOMAIN), snapshot(JitsiFiles.nginxSite(DOMAIN), site));
        files.put(InterfaceConfigOverride.PACKAGED, snapshot(InterfaceConfigOverride.PACKAGED, PACKAGED));
        files.put(InterfaceConfigOverride.path(DOMAIN), snapshot(InterfaceConfigOverride.path(DOMAIN), own));
        return new ServerState(files, Map.of());
    }

    private static FileSnapshot snapshot(String path, String text) {
        return text == null ? new FileSnapshot(path, false, null, null, null, null)
                : new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "644", "root", "root");
    }

    private static Map<String, String> written(List<Change> changes) {
        Map<String, String> files = new HashMap<>();
        for (Change change : changes) {
            FileChange file = (FileChange) change;
            files.put(file.path(), new String(file.after().content(), StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void offByDefaultChangesNothingAndThePackagesFileIsServed() {
        assertEquals(false, Profile.newProfile().options().excludeFirefox());
        assertEquals(List.of(), INSTALLER.plan(state(SITE, null), excluding(false), ApplyOptions.defaults()));
    }

    @Test
    void onServesTheDomainsCopyWithFirefoxUnsupportedAndASecondPlanIsEmpty() throws Exception {
        Map<String, String> files = written(INSTALLER.plan(state(SITE, null), excluding(true), ApplyOptions.defaults()));
        String site = files.get(JitsiFiles.nginxSite(DOMAIN));
        assertTrue(site.contains("location = /interface_config.js {\n        alias " + InterfaceConfigOverride.path(DOMAIN) + ";"), site);
        assertTrue(site.indexOf("location = /interface_config.js") > site.indexOf("listen 443"), "inside the HTTPS server");
        var served = new ObjectMapper().readTree(ServedConfig.objectAsJson(files.get(InterfaceConfigOverride.path(DOMAIN)),
                "interface_config.js", "interfaceConfig"));
        assertEquals("[\"firefox\"]", served.path("UNSUPPORTED_BROWSERS").toString());
        assertEquals("[\"chrome\",\"safari\"]", served.path("OPTIMAL_BROWSERS").toString());
        assertEquals(List.of(), INSTALLER.plan(state(site, files.get(InterfaceConfigOverride.path(DOMAIN))), excluding(true),
                ApplyOptions.defaults()));
    }

    @Test
    void turnedOffAgainTheSiteIsAsThePackageMadeItAndTheCopyHoldsNoOldChoice() {
        Map<String, String> on = written(INSTALLER.plan(state(SITE, null), excluding(true), ApplyOptions.defaults()));
        Map<String, String> off = written(INSTALLER.plan(state(on.get(JitsiFiles.nginxSite(DOMAIN)),
                on.get(InterfaceConfigOverride.path(DOMAIN))), excluding(false), ApplyOptions.defaults()));
        assertEquals(SITE, off.get(JitsiFiles.nginxSite(DOMAIN)));
        assertEquals(PACKAGED, off.get(InterfaceConfigOverride.path(DOMAIN)));
    }

    @Test
    void anUpgradedPackageFileIsTakenUpByTheNextRun() {
        Map<String, String> on = written(INSTALLER.plan(state(SITE, null), excluding(true), ApplyOptions.defaults()));
        String stale = on.get(InterfaceConfigOverride.path(DOMAIN)).replace("'safari'", "'safari', 'old'");
        Map<String, String> again = written(INSTALLER.plan(state(on.get(JitsiFiles.nginxSite(DOMAIN)), stale), excluding(true),
                ApplyOptions.defaults()));
        assertEquals(on.get(InterfaceConfigOverride.path(DOMAIN)), again.get(InterfaceConfigOverride.path(DOMAIN)));
    }
}
