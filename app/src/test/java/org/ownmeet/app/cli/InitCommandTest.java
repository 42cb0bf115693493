package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;

/** {@code ownmeet init}: a valid profile from a few answers, asked for or given as options, each judged by the engine's rules. */
class InitCommandTest {
    private static final String[] OPTIONS = {"--server", "203.0.113.10", "--ssh-user", "debian", "--domain", "meet.grundschule-am-park.de",
        "--admin-email", "admin@grundschule-am-park.de", "--hosts", "alice, bob", "--organisation", "Grundschule am Park",
        "--organisation-address", "Parkweg 1, 12345 Musterstadt", "--contact-email", "office@grundschule-am-park.de", "--language", "de"};

    /** The profile those answers make: the new profile's private defaults and the answers. */
    static Profile valid() {
        return Profile.newProfile().withServer(new Profile.Server("203.0.113.10", 22, "debian")).withDomain("meet.grundschule-am-park.de")
                .withAdminEmail("admin@grundschule-am-park.de")
                .withHostAccounts(List.of(new Profile.HostAccount("alice"), new Profile.HostAccount("bob")))
                .withOrganisation(new Profile.Organisation("Grundschule am Park", "Parkweg 1, 12345 Musterstadt",
                        "office@grundschule-am-park.de", null)).withLanguage("de");
    }

    @Test
    void withEveryOptionNothingIsAskedAndTheProfileIsValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("school.json");
        List<String> args = new java.util.ArrayList<>(List.of("init", file.toString()));
        args.addAll(List.of(OPTIONS));
        CliProcess.Result result = CliProcess.run(Map.of(), args.toArray(String[]::new)); // standard input closed, as in CI

        assertEquals(ExitCodes.OK, result.exitCode(), result.output());
        assertFalse(result.output().contains("Server address") || result.output().contains("[22]"), "nothing was asked: " + result.output());
        Profile written = ProfileFile.read(file);
        assertEquals(valid(), written);
        assertTrue(ProfileValidator.validate(written).isValid());
        assertEquals(Profile.newProfile().certificates(), written.certificates(), "the private defaults");
        assertEquals(Profile.newProfile().logging(), written.logging());
        assertEquals(Profile.newProfile().options(), written.options());
    }

    @Test
    void pipedAnswersAreJudgedByTheProfileRulesAndAskedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("school.json");
        String answers = String.join("\n", "https://203.0.113.10/", "203.0.113.10", "debian", "abc", "", "meet", "meet.grundschule-am-park.de",
                "admin", "admin@grundschule-am-park.de", "alice, Alice", "alice, bob", "Grundschule am Park", "Parkweg 1, 12345 Musterstadt",
                "office@grundschule-am-park.de", "fr", "de") + "\n";
        CliProcess.Result result = CliProcess.withInput(answers, Map.of(), "init", file.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.output());
        Profile draft = valid();
        for (FieldError expected : List.of(
                error(draft.withServer(new Profile.Server("https://203.0.113.10/", 22, "debian")), ProfileFields.SERVER_HOST),
                error(draft.withServer(new Profile.Server("203.0.113.10", 0, "debian")), ProfileFields.SERVER_PORT),
                error(draft.withDomain("meet"), ProfileFields.DOMAIN), error(draft.withAdminEmail("admin"), ProfileFields.ADMIN_EMAIL),
                error(draft.withHostAccounts(List.of(new Profile.HostAccount("alice"), new Profile.HostAccount("Alice"))), "hostAccounts"),
                error(draft.withLanguage("fr"), ProfileFields.LANGUAGE))) {
            assertTrue(result.output().contains(expected.message()), expected.message() + " in:\n" + result.output());
        }
        assertEquals(valid(), ProfileFile.read(file), "the empty answer to the port took its default, 22");
    }

    @Test
    void withoutAnswersNothingIsWrittenAndAnExistingFileStays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("school.json");
        CliProcess.Result none = CliProcess.run(Map.of(), "init", file.toString(), "--server", "203.0.113.10");
        assertEquals(ExitCodes.BAD_INPUT, none.exitCode(), none.output());
        assertTrue(none.output().contains("No answer for \"User to log in as on the server\"; nothing was written. Give it with --ssh-user."),
                none.output());
        assertFalse(Files.exists(file));

        Files.writeString(file, "mine");
        List<String> args = new java.util.ArrayList<>(List.of("init", file.toString()));
        args.addAll(List.of(OPTIONS));
        CliProcess.Result kept = CliProcess.run(Map.of(), args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, kept.exitCode());
        assertEquals("mine", Files.readString(file));
    }

    private static FieldError error(Profile profile, String field) {
        return ProfileValidator.validate(profile).errors().stream().filter(e -> e.field().startsWith(field)).findFirst().orElseThrow(
                () -> new AssertionError("the rules accept " + field + " of " + profile));
    }
}
