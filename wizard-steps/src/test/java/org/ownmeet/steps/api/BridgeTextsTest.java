package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.bridges.BridgeAccountsInstaller;
import org.ownmeet.installers.bridges.BridgeChecks;
import org.ownmeet.installers.bridges.BridgeFirewallInstaller;
import org.ownmeet.installers.bridges.BridgeRoutesInstaller;
import org.ownmeet.installers.bridges.BridgeServerInstaller;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.packages.BridgePackagesInstaller;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;

/** The videobridges' own steps and checks have their words in English, German and Italian. */
class BridgeTextsTest {
    /** Sample values of each check's sentence, in placeholder order. */
    private static final Map<String, List<String>> CHECK_VALUES = Map.of("bridge.in-brewery", List.of("bridge2"),
            "bridge.blocked", List.of("bridge2", "203.0.113.5"), "bridge.wrong-password", List.of("bridge2"),
            "bridge.absent", List.of("bridge2"), "bridge.websocket", List.of("bridge2"),
            "bridge.websocket-silent", List.of("bridge2", "9090"), "bridge.private", List.of("bridge2"),
            "bridge.not-private", List.of("bridge2"));

    @Test
    void everyStepOfTheBridgesHasItsTitleInEveryLanguage() {
        List<Installer> steps = List.of(new BridgeAccountsInstaller(Map.of()), new BridgeRoutesInstaller(),
                new BridgeFirewallInstaller(), new BridgePackagesInstaller(), new BridgeServerInstaller(
                        new Bridge("bridge2", "203.0.113.6", 22, "debian"), Secret.of("sample".toCharArray()), "jvbbrewery", ""));
        for (Installer step : steps) {
            EngineWords.assertFormattedEverywhere("installer." + step.id(), List.of());
            assertEquals(step.title(), Texts.forLocale(Locale.ENGLISH).installer(step.id(), "?"), "the engine's own English");
            assertNotEquals(step.title(), Texts.forLocale(Locale.GERMAN).installer(step.id(), step.title()));
        }
    }

    @Test
    void everyBridgeCheckHasItsSentenceInEveryLanguage() {
        assertEquals(List.copyOf(BridgeChecks.CODES).stream().sorted().toList(), CHECK_VALUES.keySet().stream().sorted().toList());
        for (String code : BridgeChecks.CODES) {
            EngineWords.assertFormattedEverywhere("check." + code, CHECK_VALUES.get(code));
        }
    }
}
