package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ownmeet.installers.profile.validation.Edits.certificates;
import static org.ownmeet.installers.profile.validation.Edits.organisation;
import static org.ownmeet.installers.profile.validation.Edits.packageSources;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.ProfileFields;

/** Certificates, logs, meeting size, organisation, language, options and package sources. */
class OtherFieldCasesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                bad(p -> p.withCertificates(null), ProfileFields.CERTIFICATES, "Certificate: choose where the server's certificate"
                        + " comes from"),
                bad(certificates(null, null, null, null), ProfileFields.CERTIFICATE_MODE, "Certificate: choose"),
                bad(certificates(CertificateMode.LETS_ENCRYPT, null, null, null), ProfileFields.ACME_DIRECTORY,
                        "Certificate service address: missing"),
                bad(certificates(CertificateMode.LETS_ENCRYPT, "http://10.203.0.1:14000/dir", null, null),
                        ProfileFields.ACME_DIRECTORY, "Certificate service address: use https://"),
                bad(certificates(CertificateMode.OWN_FILES, null, null, "/etc/ssl/meet.key"), ProfileFields.CERTIFICATE_FILE,
                        "Certificate file: missing. Choose the file with your certificate"),
                bad(certificates(CertificateMode.OWN_FILES, null, "/etc/ssl/meet.crt", " "), ProfileFields.KEY_FILE,
                        "Key file: missing. Choose the file with the certificate's private key"),
                bad(certificates(CertificateMode.OWN_FILES, null, "/etc/ssl/meet.crt\nrm", "/k"), ProfileFields.CERTIFICATE_FILE,
                        "Certificate file: write it on one line"),
                bad(p -> p.withLogging(null), ProfileFields.LOGGING, "Logs: choose how long the server keeps its logs"),
                bad(p -> p.withLogging(new Logging(-1, AccessLog.OFF)), ProfileFields.RETENTION_DAYS, "Keep logs for: a number of"
                        + " days from 0 to 365 (0 keeps no access logs at all), and -1 is not"),
                bad(p -> p.withLogging(new Logging(366, AccessLog.OFF)), ProfileFields.RETENTION_DAYS, "and 366 is not"),
                bad(p -> p.withLogging(new Logging(7, null)), ProfileFields.ACCESS_LOG, "Access log: choose off or anonymised"),
                bad(p -> p.withMeetingSize(null), ProfileFields.MEETING_SIZE, "Meeting size: choose how many people"),
                bad(p -> p.withOrganisation(null), ProfileFields.ORGANISATION_NAME, "Organisation name: missing. The privacy notice"),
                bad(organisation(o -> o.withName("  ")), ProfileFields.ORGANISATION_NAME, "Organisation name: missing."),
                bad(organisation(o -> o.withName("x".repeat(201))), ProfileFields.ORGANISATION_NAME, "Organisation name: too long: at"
                        + " most 200 characters, and it has 201"),
                bad(organisation(o -> o.withName("Schule\nam See")), ProfileFields.ORGANISATION_NAME, "Organisation name: write it on one"
                        + " line"),
                bad(organisation(o -> o.withName("Schule\u0000am See")), ProfileFields.ORGANISATION_NAME, "contains an invisible"
                        + " character (U+0000)"),
                bad(organisation(o -> o.withName("\u202Eees ma eluhcS")), ProfileFields.ORGANISATION_NAME, "contains an invisible"
                        + " character (U+202E)"),
                bad(organisation(o -> o.withAddress("Seeweg 1\u001B[2J")), ProfileFields.ORGANISATION_ADDRESS, "Organisation address:"
                        + " contains an invisible character (U+001B)"),
                bad(organisation(o -> o.withAddress("x".repeat(10_000))), ProfileFields.ORGANISATION_ADDRESS, "at most 500 characters"),
                bad(organisation(o -> o.withDataProtectionOfficer("Dr. A\rB")), ProfileFields.ORGANISATION_DPO, "Data protection"
                        + " officer: write it on one line"),
                bad(p -> p.withLanguage("fr"), ProfileFields.LANGUAGE, "Language: choose English (en), German (de) or Italian (it); \"fr\" is not"
                        + " available"),
                bad(p -> p.withLanguage("DE"), ProfileFields.LANGUAGE, "\"DE\" is not available"),
                bad(p -> p.withLanguage(null), ProfileFields.LANGUAGE, "Language: choose English (en), German (de) or Italian (it)"),
                bad(p -> p.withOptions(null), ProfileFields.OPTIONS, "Options: missing"),
                bad(p -> p.withPackageSources(null), ProfileFields.PACKAGE_SOURCES, "Package sources: missing"),
                bad(packageSources(s -> s.withJitsiRepository("http://download.jitsi.org")), ProfileFields.JITSI_REPOSITORY,
                        "Jitsi package address: use https:// (http:// is only for a mirror inside your own network)"),
                bad(packageSources(s -> s.withJitsiRepository("ftp://mirror.lan/jitsi")), ProfileFields.JITSI_REPOSITORY,
                        "a web address starts with https://"),
                bad(packageSources(s -> s.withJitsiRepository("download.jitsi.org")), ProfileFields.JITSI_REPOSITORY,
                        "a web address starts with https://"),
                bad(packageSources(s -> s.withJitsiRepository("https://anna:geheim@mirror.lan/jitsi")), ProfileFields.JITSI_REPOSITORY,
                        "remove the user name or password from the address"),
                bad(packageSources(s -> s.withJitsiRepository("https://download.jitsi.org/ stable")), ProfileFields.JITSI_REPOSITORY,
                        "has no spaces"),
                bad(packageSources(s -> s.withJitsiRepository(null)), ProfileFields.JITSI_REPOSITORY, "Jitsi package address: missing"),
                bad(packageSources(s -> s.withJitsiSuite("")), ProfileFields.JITSI_SUITE, "Jitsi package suite: a name such as stable/"),
                bad(packageSources(s -> s.withJitsiSuite("../../etc")), ProfileFields.JITSI_SUITE, "Jitsi package suite:"),
                bad(packageSources(s -> s.withJitsiSuite("stable/ main")), ProfileFields.JITSI_SUITE, "Jitsi package suite:"),
                bad(packageSources(s -> s.withJitsiKeyUrl("http://203.0.113.9/key.gpg")), ProfileFields.JITSI_KEY_URL,
                        "Jitsi signing key address: use https://"),
                bad(p -> p.withSchemaVersion(0), ProfileFields.SCHEMA_VERSION, "Profile version: this OwnMeet knows versions 1 to"));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                good(p -> p.withLogging(new Logging(0, AccessLog.OFF)), p -> p.logging().retentionDays(), 0),
                good(p -> p.withLogging(new Logging(365, AccessLog.ANONYMISED)), p -> p.logging().retentionDays(), 365),
                good(certificates(CertificateMode.SELF_SIGNED, null, null, null), p -> p.certificates().mode(),
                        CertificateMode.SELF_SIGNED),
                good(organisation(o -> o.withName("  Schule am See ")), p -> p.organisation().name(), "Schule am See"),
                good(organisation(o -> o.withName("<script>alert(1)</script> & Söhne")), p -> p.organisation().name(),
                        "<script>alert(1)</script> & Söhne"),
                good(organisation(o -> o.withAddress(null)), p -> p.organisation().address(), null),
                good(organisation(o -> o.withName("مدرسة البحيرة")), p -> p.organisation().name(), "مدرسة البحيرة"),
                good(p -> p.withLanguage("en"), Profile::language, "en"),
                good(packageSources(s -> s.withJitsiRepository("http://10.203.0.1:8000")), p -> p.packageSources().jitsiRepository(),
                        "http://10.203.0.1:8000"),
                good(packageSources(s -> s.withJitsiKeyUrl("http://mirror.lan/jitsi-key.gpg.key")), p -> p.packageSources().jitsiKeyUrl(),
                        "http://mirror.lan/jitsi-key.gpg.key"),
                good(packageSources(s -> s.withJitsiRepository("http://[fd00::5]/jitsi")), p -> p.packageSources().jitsiRepository(),
                        "http://[fd00::5]/jitsi"));
    }

    private static Arguments bad(UnaryOperator<Profile> edit, String field, String message) {
        return Arguments.of(field + ": " + message, edit, field, message);
    }

    private static Arguments good(UnaryOperator<Profile> edit, Function<Profile, Object> value, Object expected) {
        return Arguments.of(String.valueOf(expected), edit, value, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refusesWithAMessageThatSaysWhy(String shown, UnaryOperator<Profile> edit, String field, String message) {
        Edits.assertRefused(edit, field, message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void acceptsAndNormalises(String shown, UnaryOperator<Profile> edit, Function<Profile, Object> value, Object expected) {
        assertEquals(expected, value.apply(Edits.assertAccepted(edit)));
    }
}
