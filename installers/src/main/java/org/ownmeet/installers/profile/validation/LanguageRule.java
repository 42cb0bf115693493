package org.ownmeet.installers.profile.validation;

import java.util.Set;

import org.ownmeet.installers.profile.ProfileFields;

/** The language of the meeting pages and the documents: those OwnMeet has texts for. */
public final class LanguageRule {
    static final Set<String> AVAILABLE = Set.of("en", "de");

    private LanguageRule() {
    }

    public static CheckedValue<String> check(String language) {
        if (language == null || !AVAILABLE.contains(language)) {
            return CheckedValue.invalid(ProfileFields.LANGUAGE, "Language: choose English (en) or German (de)"
                    + (language == null || language.isBlank() ? "" : "; " + Shown.quoted(language) + " is not available"));
        }
        return CheckedValue.valid(language);
    }
}
