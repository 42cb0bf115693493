package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.upkeep.health.HealthSamples;
import org.ownmeet.installers.upkeep.health.ServerHealth;
import org.ownmeet.installers.verify.HealthFinding;

/**
 * The server's health in the three languages: a text for every code the health report can give, in
 * English the engine's own sentence, in German and Italian a translation with every value filled in.
 */
class HealthTextsTest {

    @Test
    void everyCodeHasItsTextAndEveryHealthTextACode() {
        Set<String> codes = new TreeSet<>(ServerHealth.CODES.stream().map(code -> "health." + code).toList());
        for (Locale language : Texts.LANGUAGES) {
            Set<String> keys = new TreeSet<>(Texts.forLocale(language).bundle().keySet().stream()
                    .filter(key -> key.startsWith("health.")).toList());
            assertEquals(codes, keys, language.toString());
        }
    }

    @Test
    void inEnglishEachFindingIsTheEnginesOwnSentence() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        for (HealthFinding finding : HealthSamples.byCode().values()) {
            assertEquals(finding.sentence(), english.health(finding), finding.code() + " " + finding.arguments());
        }
    }

    @Test
    void inGermanAndItalianEachFindingIsTranslatedWithItsValues() {
        for (Locale language : List.of(Locale.GERMAN, Locale.ITALIAN)) {
            Texts texts = Texts.forLocale(language);
            for (HealthFinding finding : HealthSamples.byCode().values()) {
                String shown = texts.health(finding);
                assertNotEquals(finding.sentence(), shown, "not translated: " + finding.code());
                assertFalse(shown.contains("{"), language + " " + finding.code() + ": " + shown);
                assertFalse(texts.get("health." + finding.code()).replace("''", "").contains("'"), "a lone apostrophe in "
                        + language + " " + finding.code());
                finding.arguments().stream().filter(value -> !value.matches("\\d+"))
                        .forEach(value -> assertTrue(shown.contains(value), language + " lacks " + value + ": " + shown));
            }
        }
    }
}
