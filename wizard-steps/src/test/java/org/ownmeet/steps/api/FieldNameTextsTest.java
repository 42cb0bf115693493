package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;

/** Every profile field has a name in each language, for messages shown away from the field. */
class FieldNameTextsTest {

    @Test
    void everyProfileFieldHasANameInEveryLanguage() {
        Set<String> missing = new TreeSet<>();
        for (Locale language : Texts.LANGUAGES) {
            Texts texts = Texts.forLocale(language);
            for (String path : ProfileFields.paths()) {
                if (!texts.has("fieldName." + path)) {
                    missing.add(language + ": fieldName." + path);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyFieldNameBelongsToAProfileField() {
        Set<String> unknown = new TreeSet<>();
        for (String key : Texts.forLocale(Locale.ENGLISH).bundle().keySet()) {
            if (key.startsWith("fieldName.") && !ProfileFields.paths().contains(key.substring("fieldName.".length()))) {
                unknown.add(key);
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void aListFieldIsNamedWithoutItsIndex() {
        assertEquals("Benutzername des Moderators", Texts.forLocale(Locale.GERMAN).fieldName(ProfileFields.hostAccount(3)));
    }

    @Test
    void awayFromItsFieldAnErrorSaysWhichFieldItConcerns() {
        FieldError error = ProfileValidator.validate(ProfileSamples.school().withDomain("meet"))
                .errorsFor("domain").get(0);
        Texts italian = Texts.forLocale(Locale.ITALIAN);
        assertEquals("Dominio: " + italian.field(error), italian.fieldWithName(error));
    }

    @Test
    void anUnknownPathFallsBackToTheEnginesPlainWords() {
        String name = Texts.forLocale(Locale.ENGLISH).fieldName("somethingNew");
        assertTrue(List.of("Value").contains(name), name);
    }
}
