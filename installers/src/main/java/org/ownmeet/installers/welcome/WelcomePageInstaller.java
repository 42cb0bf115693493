package org.ownmeet.installers.welcome;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.documents.PrivacyNotice;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * What participants see first: the privacy notice published on the server, a notice with its link
 * on every meeting page, and an honest sentence about encryption instead of "fully encrypted". All
 * of it lives in OwnMeet's folder under /etc and OwnMeet's lines of the nginx site and config.js,
 * which package upgrades and reinstalls leave alone.
 */
public final class WelcomePageInstaller implements Installer {
    static final String LANGUAGES = "/usr/share/jitsi-meet/lang/languages.json";
    /** The languages OwnMeet writes the welcome page's sentence in; the others get the English one. */
    static final List<String> OWN_LANGUAGES = List.of("en", "de", "it");
    private static final String CONFIG_BLOCK = "welcome-page";

    @Override
    public String id() {
        return "welcome-page";
    }

    @Override
    public String title() {
        return "The welcome page shows the privacy notice and says honestly how meetings are encrypted";
    }

    /** Loading the notice's templates takes about a fifth of a second, while connecting takes longer. */
    @Override
    public void prepare(Profile profile) {
        PrivacyNotice.html(profile);
    }

    @Override
    public StateRequest needs(Profile profile) {
        String domain = profile.domain();
        return StateRequest.of(List.of(JitsiFiles.nginxSite(domain), JitsiFiles.configJs(domain), LANGUAGES,
                WelcomePageFiles.path(WelcomePageFiles.NOTICE), WelcomePageFiles.path(WelcomePageFiles.BRANDING),
                WelcomePageFiles.path(WelcomePageFiles.labels("en")), WelcomePageFiles.path(WelcomePageFiles.labels("de")),
                WelcomePageFiles.path(WelcomePageFiles.labels("it"))),
                List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        FileSnapshot site = state.file(JitsiFiles.nginxSite(domain));
        FileSnapshot configJs = state.file(JitsiFiles.configJs(domain));
        FileSnapshot languages = state.file(LANGUAGES);
        if (!site.exists() || !configJs.exists() || !languages.exists()) {
            return List.of(new PendingChange(title(), "once Jitsi Meet is installed: the privacy notice under "
                    + WelcomePageFiles.FOLDER + ", served at " + WelcomePageFiles.url(domain, WelcomePageFiles.NOTICE)
                    + " and linked from every meeting page"));
        }
        String organisation = profile.organisation().name();
        List<Change> changes = new ArrayList<>();
        changes.add(ownFile(state, WelcomePageFiles.NOTICE, "the privacy notice for participants", PrivacyNotice.html(profile)));
        for (String language : OWN_LANGUAGES) {
            changes.add(ownFile(state, WelcomePageFiles.labels(language), "the honest sentence about encryption ("
                    + language + ")", HonestDescription.labels(language, organisation)));
        }
        changes.add(ownFile(state, WelcomePageFiles.BRANDING, "the welcome page takes the honest sentence in every language",
                HonestDescription.branding(languageCodes(languages.text()))));
        String withBlock = ManagedBlock.putAfter(site.text(), "#", NoticeLocations.BLOCK,
                NoticeLocations.block(NoticeBanner.html(profile.language(), organisation)), NoticeLocations.HTTPS_SERVER);
        if (withBlock == null) {
            throw new UnexpectedSiteProblem(domain, site.path());
        }
        changes.add(FileChange.ifDifferent("participants find the privacy notice on every meeting page", site,
                FileWrite.of(site.path(), withBlock), Validator.NGINX, Set.of("nginx")));
        changes.add(FileChange.ifDifferent("the meeting page links the privacy notice and takes the honest sentence", configJs,
                FileWrite.of(configJs.path(), ManagedBlock.put(configJs.text(), "//", CONFIG_BLOCK, """
                        config.legalUrls = Object.assign(config.legalUrls || {}, { privacy: '%s' });
                        config.dynamicBrandingUrl = '%s';
                        """.formatted(WelcomePageFiles.url(domain, WelcomePageFiles.NOTICE),
                        WelcomePageFiles.url(domain, WelcomePageFiles.BRANDING)))), Validator.NONE, Set.of()));
        return changes.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new WelcomePageCheck(profile));
    }

    private static FileChange ownFile(ServerState state, String file, String why, String content) {
        return FileChange.ifDifferent(why, state.file(WelcomePageFiles.path(file)),
                FileWrite.of(WelcomePageFiles.path(file), content).withMode("644"), Validator.NONE, Set.of());
    }

    /** The language codes of the packages' {@code languages.json} (an object keyed by code). */
    static List<String> languageCodes(String json) {
        List<String> codes = new ArrayList<>();
        try {
            Iterator<String> names = new ObjectMapper().readTree(json).fieldNames();
            names.forEachRemaining(codes::add);
        } catch (JsonProcessingException e) {
            // without the list, the English bundle still serves every language the app falls back to
        }
        return codes;
    }
}
