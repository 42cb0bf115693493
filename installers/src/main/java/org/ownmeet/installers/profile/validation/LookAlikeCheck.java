package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.SpoofChecker;

/**
 * Warnings for names that may not be what the user means: a part that mixes alphabets whose letters
 * look alike (a Cyrillic "а" in "exаmple"), and a part typed in its encoded xn-- form, whose readable
 * form the user may never have seen.
 */
final class LookAlikeCheck {
    // Latin may mix with one other script, but not with Cyrillic, Greek or Cherokee (UTS #39, 5.2)
    private static final SpoofChecker MIXED_SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .build();

    private LookAlikeCheck() {
    }

    static List<Reason> warnings(String typed, DomainName name) {
        List<Reason> warnings = new ArrayList<>();
        String[] asciiParts = name.ascii().split("\\.");
        String[] unicodeParts = name.unicode().split("\\.");
        for (int i = 0; i < asciiParts.length && i < unicodeParts.length; i++) {
            if (!asciiParts[i].startsWith("xn--")) {
                continue;
            }
            if (MIXED_SCRIPTS.failsChecks(unicodeParts[i])) {
                String part = Shown.quoted(unicodeParts[i]);
                warnings.add(Reason.of("domain.mixed-alphabets", "the part " + part + " mixes letters of different alphabets"
                        + " that can look the same; check that you typed every letter yourself (encoded: " + asciiParts[i] + ")",
                        part, asciiParts[i]));
            } else if (typed.toLowerCase(java.util.Locale.ROOT).contains(asciiParts[i])) {
                String part = Shown.quoted(unicodeParts[i]);
                warnings.add(Reason.of("domain.encoded-part", "the part " + asciiParts[i] + " stands for " + part
                        + "; check that this is the name you mean", asciiParts[i], part));
            }
        }
        return warnings;
    }
}
