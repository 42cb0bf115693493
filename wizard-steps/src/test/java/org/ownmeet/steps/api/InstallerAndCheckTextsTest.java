package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.verify.CheckId;

/** Every step of the engine's plan and every check of the verifier has its title in English, German and Italian. */
class InstallerAndCheckTextsTest {
    /** The engine's own step for restarts left over from an interrupted run. */
    private static final String RESTARTS = "restarts";

    @Test
    void everyInstallerHasItsTitleInEveryLanguage() {
        List<String> ids = new ArrayList<>(StandardInstallers.all().stream().map(Installer::id).toList());
        ids.add(RESTARTS);
        for (String id : ids) {
            for (Texts texts : EngineWords.ALL) {
                assertTrue(texts.has("installer." + id), "no installer." + id + " in " + texts.locale());
            }
        }
        Texts english = Texts.forLocale(Locale.ENGLISH);
        for (Installer installer : StandardInstallers.all()) {
            assertEquals(installer.title(), english.installer(installer.id(), "?"), "the English title is the engine's own");
            assertNotEquals(installer.title(), Texts.forLocale(Locale.GERMAN).installer(installer.id(), installer.title()));
        }
    }

    @Test
    void everyCheckHasItsTitleInEveryLanguage() {
        for (CheckId check : CheckId.values()) {
            for (Texts texts : EngineWords.ALL) {
                assertTrue(texts.has("check." + check.id()), "no check." + check.id() + " in " + texts.locale());
            }
            assertEquals(check.title(), Texts.forLocale(Locale.ENGLISH).check(check));
            assertNotEquals(check.title(), Texts.forLocale(Locale.ITALIAN).check(check));
        }
    }
}
