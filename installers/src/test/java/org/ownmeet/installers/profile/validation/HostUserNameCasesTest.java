package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ownmeet.installers.profile.validation.Edits.hosts;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileFields;

/** Host user names: XMPP localparts on the main domain, by a rule a teacher can follow. */
class HostUserNameCasesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                bad(1, "Host user name \"alice\": the same account as \"Alice\" (capital letters do not make a different name)",
                        "Alice", "alice"),
                bad(1, "Host user name \"ALICE\": the same account as \"alice\"", "alice", "ALICE"),
                bad(2, "the same account as \"alice\"", "anna", "alice", "Ａｌｉｃｅ"),
                bad(0, "Host user name \"focus\": Jitsi uses this name for itself", "focus"),
                bad(0, "Jitsi uses this name for itself", "jvb"),
                bad(0, "Jitsi uses this name for itself", "Jibri"),
                bad(0, "Jitsi uses this name for itself", "recorder"),
                bad(0, "Host user name \"admin\": this name would look like the server's administrator", "admin"),
                bad(0, "would look like the server's administrator", "administrator"),
                bad(0, "would look like the server's administrator", "root"),
                bad(0, "Host user name \"ownmeet-verify\": names starting with ownmeet- are kept for OwnMeet's own checks",
                        "ownmeet-verify"),
                bad(0, "names starting with ownmeet- are kept", "OwnMeet-Probe-7"),
                bad(0, "Host user name \"-rf\": cannot start with a hyphen (-); start with a letter or a digit", "-rf"),
                bad(0, "cannot start with a hyphen (-)", "--help"),
                bad(0, "Host user name \"a b\": a space cannot be part of a user name; use the letters a to z, digits, and . _ -",
                        "a b"),
                bad(0, "a space cannot be part", " anna"),
                bad(0, "Host user name \"x@y\": the at sign (@) cannot be part of a user name", "x@y"),
                bad(0, "the double quote (\") cannot be part", "an\"na"),
                bad(0, "the ampersand (&) cannot be part", "anna&ben"),
                bad(0, "the apostrophe (') cannot be part", "o'neill"),
                bad(0, "the slash (/) cannot be part", "anna/ben"),
                bad(0, "the colon (:) cannot be part", "anna:ben"),
                bad(0, "the less-than sign (<) cannot be part", "<anna"),
                bad(0, "the greater-than sign (>) cannot be part", "anna>"),
                bad(0, "the at sign (@) cannot be part", "anna＠schule"),
                bad(0, "Host user name \"ünï\": the letter \"ü\" is not possible; use a to z without accents (ue for ü, ss for ß)",
                        "ünï"),
                bad(0, "the letter \"ß\" is not possible", "groß"),
                bad(0, "the letter \"а\" is not possible", "аnna"),
                bad(0, "Host user name \"anna%\": the character \"%\" is not possible", "anna%"),
                bad(0, "the character \"😀\" is not possible", "anna😀"),
                bad(0, "contains an invisible character (U+0007)", "anna\u0007"),
                bad(0, "contains an invisible character (U+200B)", "an\u200Bna"),
                bad(0, "contains an invisible character (U+000A)", "anna\nben"),
                bad(0, "Host user name \".anna\": must start with a letter or a digit", ".anna"),
                bad(0, "must start with a letter or a digit", "_anna"),
                bad(0, "too long: at most 64 characters", "a".repeat(65)),
                bad(0, "too long: at most 64 characters", "a".repeat(1024)),
                bad(0, "Host user name 1: empty. Type a name such as anna or m.becker, or remove the line", ""),
                bad(1, "Host user name 2: empty.", "anna", null));
    }

    private static Arguments bad(int index, String message, String... names) {
        return Arguments.of(Arrays.toString(names), index, message, names);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refusesWithAMessageThatSaysWhy(String shown, int index, String message, String[] names) {
        Edits.assertRefused(hosts(names), ProfileFields.hostAccount(index), message);
    }

    @Test
    void normalisesWhatItAccepts() {
        List<HostAccount> accepted = Edits.assertAccepted(hosts("Anna", "ﬁsh", "m.becker", "o_neill", "x-1", "7a", "Ｂｅｎ",
                "a".repeat(64), "ownmeet", "focus2", "rooted")).hostAccounts();
        assertEquals(List.of("anna", "fish", "m.becker", "o_neill", "x-1", "7a", "ben", "a".repeat(64), "ownmeet", "focus2",
                "rooted"), accepted.stream().map(HostAccount::username).toList());
    }

    @Test
    void noHostsIsAWarningNotAnError() {
        Edits.assertWarned(hosts(), ProfileFields.HOST_ACCOUNTS, "Host accounts: there are none yet, so nobody can open a"
                + " meeting");
    }

    @Test
    void reportsEveryBadNameNotOnlyTheFirst() {
        ValidationResult result = ProfileValidator.validate(hosts("focus", "anna", "x@y", "Anna").apply(
                org.ownmeet.installers.profile.ProfileSamples.school()));
        assertEquals(List.of(ProfileFields.hostAccount(0), ProfileFields.hostAccount(2), ProfileFields.hostAccount(3)),
                result.errors().stream().map(FieldError::field).toList());
        assertEquals(3, result.errorsFor(ProfileFields.HOST_ACCOUNTS).size());
    }
}
