package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ownmeet.installers.profile.validation.Edits.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;

/** The user's own certificate files, checked on this computer: each way they can be wrong has its message, at its field. */
class OwnCertificateCasesTest {
    private static final String DOMAIN = ProfileSamples.school().domain();
    @TempDir
    static Path dir;
    private static TestCertificates.Pair good;

    @BeforeAll
    static void files() {
        good = TestCertificates.forDomain(DOMAIN);
        TestCertificates.Pair other = TestCertificates.forDomain(DOMAIN);
        TestCertificates.Pair rsa = TestCertificates.make("RSA", List.of("*.schule-am-see.de"), Instant.now().minus(Duration.ofDays(1)),
                Duration.ofDays(90));
        Instant now = Instant.now();
        write("good.crt", good.certificatePem() + good.certificatePem());
        write("good.key", good.keyPem());
        write("traditional.key", good.traditionalKeyPem());
        write("locked.key", good.encryptedKeyPem());
        write("other.key", other.keyPem());
        write("wildcard.crt", rsa.certificatePem());
        write("wildcard.key", rsa.keyPem());
        TestCertificates.Pair wrongName = TestCertificates.make("EC", List.of("meet.other-school.de", "www.other-school.de"),
                now.minus(Duration.ofDays(1)), Duration.ofDays(90));
        write("wrong-name.crt", wrongName.certificatePem());
        write("wrong-name.key", wrongName.keyPem());
        TestCertificates.Pair noName = TestCertificates.make("EC", List.of(), now.minus(Duration.ofDays(1)), Duration.ofDays(90));
        write("no-name.crt", noName.certificatePem());
        write("no-name.key", noName.keyPem());
        TestCertificates.Pair expired = TestCertificates.make("EC", List.of(DOMAIN), Instant.parse("2024-01-01T00:00:00Z"),
                Duration.ofDays(90));
        write("expired.crt", expired.certificatePem());
        write("expired.key", expired.keyPem());
        TestCertificates.Pair future = TestCertificates.make("EC", List.of(DOMAIN), now.plus(Duration.ofDays(3)), Duration.ofDays(90));
        write("future.crt", future.certificatePem());
        write("future.key", future.keyPem());
        TestCertificates.Pair soon = TestCertificates.make("EC", List.of(DOMAIN), now.minus(Duration.ofDays(80)), Duration.ofDays(85));
        write("soon.crt", soon.certificatePem());
        write("soon.key", soon.keyPem());
        write("garbage.crt", "this is not a certificate\n");
        write("garbage.key", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        write("empty.crt", "");
        write("huge.crt", "x".repeat(2 << 20));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                bad("missing.crt", "good.key", ProfileFields.CERTIFICATE_FILE, "Certificate file: there is no file "),
                bad("good.crt", "missing.key", ProfileFields.KEY_FILE, "Key file: there is no file "),
                bad("", "good.key", ProfileFields.CERTIFICATE_FILE, "is a folder; choose the file in it"),
                bad("huge.crt", "good.key", ProfileFields.CERTIFICATE_FILE, "so it is probably not the right one"),
                bad("garbage.crt", "good.key", ProfileFields.CERTIFICATE_FILE, "holds no certificate; choose the file that starts"
                        + " with -----BEGIN CERTIFICATE-----"),
                bad("empty.crt", "good.key", ProfileFields.CERTIFICATE_FILE, "holds no certificate"),
                bad("good.crt", "garbage.key", ProfileFields.KEY_FILE, "holds no private key; choose the file that starts with"
                        + " -----BEGIN PRIVATE KEY-----"),
                bad("good.key", "good.crt", ProfileFields.CERTIFICATE_FILE, "holds a private key, not the certificate; were the"
                        + " two files swapped?"),
                bad("good.key", "good.crt", ProfileFields.KEY_FILE, "holds a certificate, not the private key"),
                bad("good.crt", "locked.key", ProfileFields.KEY_FILE, "is locked with a passphrase"),
                bad("good.crt", "other.key", ProfileFields.KEY_FILE, "Key file: this key does not belong to the certificate in"),
                bad("good.crt", "wildcard.key", ProfileFields.KEY_FILE, "does not belong to the certificate"),
                bad("wrong-name.crt", "wrong-name.key", ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate is for "
                        + "meet.other-school.de, www.other-school.de, not for " + DOMAIN),
                bad("no-name.crt", "no-name.key", ProfileFields.CERTIFICATE_FILE, "names no web address, so browsers refuse it"),
                bad("expired.crt", "expired.key", ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate ran out on "
                        + "2024-03-31; ask whoever issued it for a new one"),
                bad("future.crt", "future.key", ProfileFields.CERTIFICATE_FILE, "is valid only from "));
    }

    @ParameterizedTest(name = "[{index}] {0} + {1}")
    @MethodSource("refused")
    void refusesWithAMessageAtTheField(String certificate, String key, String field, String message) {
        Edits.assertRefused(own(certificate, key), field, message);
    }

    @Test
    void acceptsAMatchingPairInEveryKeyForm() {
        Edits.assertAccepted(own("good.crt", "good.key"));
        Edits.assertAccepted(own("good.crt", "traditional.key"));
        Edits.assertAccepted(own("wildcard.crt", "wildcard.key"));
    }

    @Test
    void warnsOfACertificateThatRunsOutSoon() {
        Edits.assertWarned(own("soon.crt", "soon.key"), ProfileFields.CERTIFICATE_FILE, "the certificate runs out on");
    }

    @Test
    void noMessageQuotesTheKey() throws Exception {
        String key = Files.readString(dir.resolve("good.key"));
        for (String file : List.of("good.key", "other.key", "garbage.key", "locked.key")) {
            for (String certificate : List.of("good.crt", "good.key", "garbage.crt")) {
                ValidationResult result = ProfileValidator.validate(own(certificate, file).apply(ProfileSamples.school()));
                String all = result.errors().toString() + result.warnings();
                key.lines().filter(l -> !l.startsWith("-----")).forEach(line -> assertFalse(all.contains(line), all));
            }
        }
    }

    @Test
    void theNamesAreComparedOnlyWithAValidDomain() {
        Profile profile = own("wrong-name.crt", "wrong-name.key").apply(ProfileSamples.school());
        ValidationResult result = ProfileValidator.validate(profile.withDomain("not a domain"));
        assertTrue(result.errorsFor(ProfileFields.CERTIFICATES).isEmpty(), result.errors().toString());
        assertFalse(result.errorsFor(ProfileFields.DOMAIN).isEmpty(), result.errors().toString());
    }

    private static UnaryOperator<Profile> own(String certificate, String key) {
        return certificates(CertificateMode.OWN_FILES, null, dir.resolve(certificate).toString(), dir.resolve(key).toString());
    }

    private static Arguments bad(String certificate, String key, String field, String message) {
        return Arguments.of(certificate, key, field, message);
    }

    private static void write(String name, String content) {
        TestCertificates.write(dir, name, content);
    }
}
