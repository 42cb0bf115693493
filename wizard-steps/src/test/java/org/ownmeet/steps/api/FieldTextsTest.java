package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.validation.EmailAddressRule;
import org.ownmeet.installers.password.PasswordChangeForm;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.FieldWarning;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;

/**
 * Every error and warning the engine's rules give about a profile has a code and its sentence in
 * English, German and Italian, as shown at the field: without the field's name, which its label says.
 */
class FieldTextsTest {
    /** Codes no profile here makes: an IDNA error of a whole name but none of its parts, an unreadable file (root reads all). */
    private static final Set<String> NOT_MADE_HERE = Set.of("domain.not-a-name", "file.unreadable");
    @TempDir
    static Path dir;
    private static List<BadProfiles.Case> cases;
    private static final Set<String> SEEN = new TreeSet<>();

    @BeforeAll
    static void makeTheCases() throws Exception {
        cases = BadProfiles.all(dir);
    }

    @Test
    void eachBadProfileGivesItsCodeAndEveryMessageHasItsWords() {
        for (BadProfiles.Case bad : cases) {
            ValidationResult result = ProfileValidator.validate(bad.edit().apply(ProfileSamples.school()));
            Stream<String> codes = Stream.concat(result.errors().stream().map(FieldError::code),
                    result.warnings().stream().map(FieldWarning::code));
            assertTrue(codes.toList().contains(bad.code()), bad.code() + " expected, but got " + result.errors() + " "
                    + result.warnings());
            result.errors().forEach(error -> assertHasWords(error.code(), error.arguments(), error.message()));
            result.warnings().forEach(warning -> assertHasWords(warning.code(), warning.arguments(), warning.message()));
        }
    }

    @Test
    void aRuleUsedAloneHasItsWordsToo() {
        FieldError error = new EmailAddressRule("E-mail", "E-mail: missing", false).check("adminEmail", "").errors().get(0);
        assertHasWords(error.code(), error.arguments(), error.message());
        // a host changing their password: every rule of the form, each made once
        char[] same = "violet tractor honey lamp".toCharArray();
        Stream.of(PasswordChangeForm.check("meet.example.org", "", new char[0], new char[0], new char[0]),
                        PasswordChangeForm.check("meet.example.org", "alice", same, "alice1".toCharArray(), "x".toCharArray()),
                        PasswordChangeForm.check("meet.example.org", "alice", same, same, same))
                .flatMap(checked -> checked.errors().stream())
                .forEach(found -> assertHasWords(found.code(), found.arguments(), found.message()));
    }

    @Test
    void everyFieldTextBelongsToARuleThatGivesIt() {
        eachBadProfileGivesItsCodeAndEveryMessageHasItsWords();
        aRuleUsedAloneHasItsWordsToo();
        Set<String> unused = new TreeSet<>();
        for (String key : Texts.forLocale(Locale.ENGLISH).bundle().keySet()) {
            String code = key.substring(key.indexOf('.') + 1);
            if (key.startsWith("field.") && !SEEN.contains(code) && !NOT_MADE_HERE.contains(code)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "texts no bad profile here makes: add a case to BadProfiles");
    }

    @Test
    void theWordsAtTheFieldDoNotRepeatTheFieldsName() {
        FieldError error = ProfileValidator.validate(ProfileSamples.school().withDomain("meet"))
                .errorsFor("domain").get(0);
        assertEquals("Domain: \"meet\" is not a full name; it needs at least one dot, such as meet.example.org", error.message());
        assertEquals("\"meet\" is not a full name; it needs at least one dot, such as meet.example.org.",
                Texts.forLocale(Locale.ENGLISH).field(error));
        assertEquals("\"meet\" ist kein vollständiger Name; er braucht mindestens einen Punkt, zum Beispiel meet.example.org.",
                Texts.forLocale(Locale.GERMAN).field(error));
        assertEquals("\"meet\" non è un nome completo; serve almeno un punto, per esempio meet.example.org.",
                Texts.forLocale(Locale.ITALIAN).field(error));
    }

    @Test
    void aMessageWithoutCodeShowsTheEnglishWithoutTheFieldsName() {
        Texts german = Texts.forLocale(Locale.GERMAN);
        assertEquals("Something odd", german.field(new FieldError("domain", "Domain: something odd")));
        assertEquals("No name here", german.warning(new FieldWarning("domain", "No name here")));
    }

    private static void assertHasWords(String code, List<String> arguments, String english) {
        assertNotNull(code, "no code for: " + english);
        SEEN.add(code);
        EngineWords.assertFormattedEverywhere("field." + code, arguments);
    }
}
