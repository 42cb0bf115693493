package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.profile.ProfileSamples;

/** Changes to the valid sample profile, and the checks every case of the tables shares. */
final class Edits {
    static final String PEBBLE = "https://10.203.0.1:14000/dir";
    /** Every message starts with the name of its field as the wizard shows it. */
    private static final Pattern LABELLED = Pattern.compile("^(Domain|Admin e-mail|Host user name (\\d+|\".*\")|Host accounts|Server"
            + "|Server address|SSH port|Server user name|Certificate|Certificate service address|Certificate file|Key file"
            + "|Logs|Keep logs for|Access log|Meeting size|Organisation name|Organisation address|Organisation e-mail"
            + "|Data protection officer|Language|Options|Package sources|Jitsi package address|Jitsi package suite"
            + "|Jitsi signing key address|Profile version): \\S.*", Pattern.DOTALL);

    private Edits() {
    }

    static UnaryOperator<Profile> domain(String domain) {
        return profile -> profile.withDomain(domain);
    }

    static UnaryOperator<Profile> adminEmail(String email) {
        return profile -> profile.withAdminEmail(email);
    }

    static UnaryOperator<Profile> hosts(String... names) {
        return profile -> profile.withHostAccounts(Arrays.stream(names).map(HostAccount::new).toList());
    }

    static UnaryOperator<Profile> server(UnaryOperator<Server> edit) {
        return profile -> profile.withServer(edit.apply(profile.server()));
    }

    static UnaryOperator<Profile> organisation(UnaryOperator<Organisation> edit) {
        return profile -> profile.withOrganisation(edit.apply(profile.organisation()));
    }

    static UnaryOperator<Profile> packageSources(UnaryOperator<PackageSources> edit) {
        return profile -> profile.withPackageSources(edit.apply(profile.packageSources()));
    }

    static UnaryOperator<Profile> certificates(CertificateMode mode, String directory, String certificate, String key) {
        return profile -> profile.withCertificates(new Certificates(mode, directory, certificate, key));
    }

    static UnaryOperator<Profile> selfSigned() {
        return certificates(CertificateMode.SELF_SIGNED, null, null, null);
    }

    /** The user's own certificate and key for {@code domain}, in files made for the test. */
    static UnaryOperator<Profile> ownFilesFor(String domain) {
        try {
            Path dir = Files.createTempDirectory("ownmeet-own-certificate");
            dir.toFile().deleteOnExit();
            TestCertificates.Pair pair = TestCertificates.forDomain(domain);
            Path certificate = TestCertificates.write(dir, "fullchain.pem", pair.certificatePem());
            Path key = TestCertificates.write(dir, "privkey.pem", pair.keyPem());
            certificate.toFile().deleteOnExit();
            key.toFile().deleteOnExit();
            return certificates(CertificateMode.OWN_FILES, null, certificate.toString(), key.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnaryOperator<Profile> testCa() {
        return certificates(CertificateMode.LETS_ENCRYPT, PEBBLE, null, null);
    }

    @SafeVarargs
    static UnaryOperator<Profile> all(UnaryOperator<Profile>... edits) {
        return profile -> {
            Profile edited = profile;
            for (UnaryOperator<Profile> edit : edits) {
                edited = edit.apply(edited);
            }
            return edited;
        };
    }

    /** The sample with the edit has an error in exactly the expected field, whose message says what is expected. */
    static void assertRefused(UnaryOperator<Profile> edit, String field, String fragment) {
        Profile profile = edit.apply(ProfileSamples.school());
        assertNotEquals(ProfileSamples.school(), profile, "the edit must change the sample");
        ValidationResult result = ProfileValidator.validate(profile);
        List<FieldError> errors = result.errors();
        assertFalse(result.isValid(), "expected an error in " + field);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains(fragment)),
                () -> "expected in " + field + ": " + fragment + "\nbut got: " + errors);
        String root = field.split("[.\\[]")[0];
        errors.forEach(e -> assertTrue(e.field().startsWith(root), "an error elsewhere: " + e));
        errors.forEach(e -> assertTrue(LABELLED.matcher(e.message()).matches(), "does not name its field: " + e.message()));
    }

    /** The sample with the edit is valid, and its normalised form has the expected value. */
    static Profile assertAccepted(UnaryOperator<Profile> edit) {
        ValidationResult result = ProfileValidator.validate(edit.apply(ProfileSamples.school()));
        assertTrue(result.isValid(), () -> "expected no error, but got " + result.errors());
        return result.normalised();
    }

    static void assertWarned(UnaryOperator<Profile> edit, String field, String fragment) {
        ValidationResult result = ProfileValidator.validate(edit.apply(ProfileSamples.school()));
        assertTrue(result.isValid(), () -> "a warning is no error, but got " + result.errors());
        assertTrue(result.warnings().stream().anyMatch(w -> w.field().equals(field) && w.message().contains(fragment)),
                () -> "expected a warning in " + field + ": " + fragment + "\nbut got: " + result.warnings());
        result.warnings().forEach(w -> assertTrue(LABELLED.matcher(w.message()).matches(), "unlabelled: " + w.message()));
        assertEquals(field, result.warningsFor(field).get(0).field());
    }
}
