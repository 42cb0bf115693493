package org.ownmeet.installers.profile.validation;

import java.util.Set;

import org.ownmeet.installers.profile.ProfileFields;

/** The language of the meeting pages and the documents: those OwnMeet has texts for. */
public final class LanguageRule {
    static final Set<String> AVAILABLE = Set.of("en", "de", "it");

    private LanguageRule() {
    }

    /** Whether the meeting pages and documents can be written in this language ("en", "de", "it"). */
    public static boolean isAvailable(String language) {
        return AVAILABLE.contains(language);
    }

    public static CheckedValue<String> check(String language) {
        if (language == null || !AVAILABLE.contains(language)) {
            String choose = "Language: choose English (en), German (de) or Italian (it)";
            if (language == null || language.isBlank()) {
                return CheckedValue.invalid(ProfileFields.LANGUAGE, choose, "language.choose");
            }
            return CheckedValue.invalid(ProfileFields.LANGUAGE, choose + "; " + Shown.quoted(language) + " is not available",
                    "language.unavailable", Shown.quoted(language));
        }
        return CheckedValue.valid(language);
    }
}
