package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a profile file can be wrong gives a message in plain words that says where. */
class ProfileFileErrorsTest {
    private static final String GOOD = ProfileFile.toJson(ProfileSamples.school());

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                bad("unknown field", json -> json.replace("\"domain\"", "\"sizee\""), "sizee",
                        "The profile has a field OwnMeet does not know: \"sizee\" (line 8)."),
                bad("unknown field inside another", json -> json.replace("\"debian\"", "\"debian\",\n    \"hots\": \"x\""),
                        "server.hots", "The profile has a field OwnMeet does not know: \"hots\" in \"server\" (line 7)."),
                bad("a password someone added", json -> json.replace("\"domain\"", "\"sshPassword\": \"••••••\",\n  \"domain\""),
                        "sshPassword", "does not know: \"sshPassword\" (line 8)"),
                bad("missing field", json -> json.replace("  \"domain\": \"meet.schule-am-see.de\",\n", ""), "domain",
                        "The profile lacks the domain name (field \"domain\")."),
                bad("missing field inside another", json -> json.replace("    \"host\": \"203.0.113.5\",\n", ""), "server.host",
                        "The profile lacks the server address (field \"server.host\")."),
                bad("missing number", json -> json.replace("    \"port\": 22,\n", ""), "server.port",
                        "The profile lacks the SSH port (field \"server.port\")."),
                bad("missing version", json -> json.replace("  \"schemaVersion\": 2,\n", ""), "schemaVersion",
                        "The profile lacks the profile version (field \"schemaVersion\")."),
                bad("newer version", json -> json.replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"), "schemaVersion",
                        "This profile was made by a newer OwnMeet (profile version 3; this OwnMeet reads up to 2). Update OwnMeet to use it."),
                bad("newer version with fields this one does not know", json -> json.replace("\"schemaVersion\": 2",
                        "\"schemaVersion\": 4, \"recording\": true"), "schemaVersion", "made by a newer OwnMeet (profile version 4;"),
                bad("version zero", json -> json.replace("\"schemaVersion\": 2", "\"schemaVersion\": 0"), "schemaVersion",
                        "is 0, which no OwnMeet writes"),
                bad("version as text", json -> json.replace("\"schemaVersion\": 2", "\"schemaVersion\": \"1\""), "schemaVersion",
                        "The profile version (field \"schemaVersion\") should be a whole number, but it is \"1\"."),
                bad("missing comma", json -> json.replace("},\n  \"domain\"", "}\n  \"domain\""), null,
                        "The profile file is damaged: it is not valid JSON (line 8, column 3)."),
                bad("cut short", json -> json.substring(0, json.length() / 2), null, "it is not valid JSON (line "),
                bad("empty file", json -> "", null, "The profile file is empty."),
                bad("only spaces", json -> "  \n ", null, "The profile file is empty."),
                bad("a list, not a profile", json -> "[" + json + "]", null,
                        "The file does not hold an OwnMeet profile: a profile starts with {."),
                bad("something after the profile", json -> json + "{}", null, "there is more after the profile's last }"),
                bad("field twice", json -> json.replace("\"language\"", "\"domain\": \"b.de\",\n  \"language\""), "domain",
                        "The profile has the field \"domain\" twice (line 60)."),
                bad("number as text", json -> json.replace("\"port\": 22", "\"port\": \"22\""), "server.port",
                        "wrong kind of value in the field \"server.port\" (the SSH port) (line 5): it should be a whole number."),
                bad("number with a fraction", json -> json.replace("\"port\": 22", "\"port\": 22.5"), "server.port",
                        "it should be a whole number"),
                bad("number left empty", json -> json.replace("\"port\": 22", "\"port\": null"), "server.port",
                        "in the field \"server.port\" (the SSH port) (line 5): it should be a whole number."),
                bad("unknown choice", json -> json.replace("\"UP_TO_50\"", "\"HUGE\""), "meetingSize",
                        "value OwnMeet does not know in the field \"meetingSize\" (the meeting size): \"HUGE\" (line 28). "
                                + "It can be one of: UP_TO_10, UP_TO_25, UP_TO_50, UP_TO_100, MORE_THAN_100."),
                bad("choice as a number", json -> json.replace("\"UP_TO_50\"", "2"), "meetingSize",
                        "in the field \"meetingSize\""),
                bad("yes for true", json -> json.replace("\"firewall\": true", "\"firewall\": \"yes\""), "options.firewall",
                        "(the firewall option) (line 64): it should be true or false."),
                bad("number where a group belongs", json -> json.replace("\"logging\": {", "\"logging\": 7, \"x\": {"),
                        "logging", "in the field \"logging\" (the log settings) (line 24): it should be a group of fields in { }."),
                bad("empty entry in a list", json -> json.replace("\"hostAccounts\": [", "\"hostAccounts\": [ null,"), null,
                        "The profile has a value OwnMeet cannot use"));
    }

    private static Arguments bad(String what, UnaryOperator<String> damage, String field, String message) {
        return Arguments.of(what, damage, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void namesTheProblemInPlainWords(String what, UnaryOperator<String> damage, String field, String message) {
        String damaged = damage.apply(GOOD);
        assertNotEquals(GOOD, damaged, "the damage must change the file");
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.fromJson(damaged));
        assertTrue(problem.userMessage().contains(message), problem.userMessage());
        assertEquals(Optional.ofNullable(field), problem.field());
        assertTrue(!problem.detail().isBlank(), "IT gets the parser's own words too");
    }
}
