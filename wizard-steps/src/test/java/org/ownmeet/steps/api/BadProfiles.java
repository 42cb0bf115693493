package org.ownmeet.steps.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.profile.Profile.Server;

/** The valid sample profile with one thing wrong, each with the code of the error (or warning) it must give. */
final class BadProfiles {
    record Case(String code, UnaryOperator<Profile> edit) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static final String LONG_PART = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx"; // 50 letters

    private BadProfiles() {
    }

    static List<Case> all(Path dir) throws Exception {
        List<Case> cases = new ArrayList<>();
        cases.addAll(domains());
        cases.addAll(emails());
        cases.addAll(hosts());
        cases.addAll(servers());
        cases.addAll(others());
        cases.addAll(ownFiles(dir));
        cases.addAll(dataProtection());
        cases.addAll(bridges());
        return cases;
    }

    private static List<Case> domains() {
        return List.of(domain("domain.missing", ""), domain("space.at-start", " meet.schule.de"),
                domain("space.at-end", "meet.schule.de "), domain("space.around", " meet.schule.de\n"),
                domain("domain.ip-address", "203.0.113.5"), domain("domain.pasted-scheme", "https://meet.schule.de/raum"),
                domain("domain.pasted-scheme.no-name", "https://"), domain("domain.pasted-path", "meet.schule.de/raum"),
                domain("domain.pasted-path.no-name", "/raum"), domain("domain.pasted-port", "meet.schule.de:8443"),
                domain("domain.email-address", "anna@schule.de"), domain("domain.space-inside", "meet schule.de"),
                domain("domain.invisible", "meet\u200B.schule.de"), domain("domain.wildcard", "*.schule.de"),
                domain("domain.dot-at-end", "meet.schule.de."), domain("domain.dot-at-start", ".meet.schule.de"),
                domain("domain.two-dots", "meet..schule.de"), domain("domain.underscore", "meet_1.schule.de"),
                domain("domain.character", "meet!.schule.de"), domain("domain.part-leading-hyphen", "-meet.schule.de"),
                domain("domain.part-trailing-hyphen", "meet-.schule.de"), domain("domain.part-bad-encoding", "xn--a.schule.de"),
                domain("domain.part-hyphen-3-4", "ab--cd.schule.de"),
                domain("domain.part-too-long", LONG_PART + LONG_PART + ".schule.de"),
                domain("domain.part-leading-accent", "\u0301meet.schule.de"), domain("domain.part-bidi", "\u05D0a.schule.de"),
                domain("domain.part-joiner", "a\u00B7b.schule.de"), domain("domain.part-character", "a\uFFFDb.schule.de"),
                domain("domain.empty-part", "meet\u3002\u3002schule.de"),
                domain("domain.too-long", (LONG_PART + ".").repeat(5) + "de"),
                domain("domain.numeric-ending", "meet.schule.123"), domain("domain.localhost", "meet.localhost"),
                domain("domain.no-dot", "meet"), domain("domain.too-many-parts", "a.b.c.d.e.f.g.h.i.j.schule.de"),
                domain("domain.public-suffix", "co.uk"), domain("domain.not-public", "meet.schule.lan"),
                domain("domain.placeholder", "meet.example.org"),
                domain("domain.mixed-alphabets", "ex\u0430mple-schule.de"), domain("domain.encoded-part", "xn--mller-kva.de"));
    }

    private static List<Case> emails() {
        return List.of(email("admin-email.missing", ""), email("email.mailto", "mailto:it@schule.de"),
                email("email.no-at", "it.schule.de"), email("email.several-at", "it@it@schule.de"),
                email("email.space-inside", "it team@schule.de"), email("email.local-missing", "@schule.de"),
                email("email.local-too-long", "a".repeat(65) + "@schule.de"), email("email.local-characters", "it!@schule.de"),
                email("email.local-dots", ".it@schule.de"), email("email.placeholder", "it@example.org"),
                email("email.domain-missing", "it@"), email("domain.name-not-ip", "it@203.0.113.5"),
                email("email.too-long", "a".repeat(64) + "@" + (LONG_PART + ".").repeat(4) + "de"),
                new Case("organisation-email.missing", organisation(o -> o.withContactEmail(null))));
    }

    private static List<Case> hosts() {
        return List.of(hosts("host-user.empty", ""), hosts("host-user.forbidden-character", "anna@schule"),
                hosts("host-user.too-long", "a".repeat(65)), hosts("host-user.leading-hyphen", "-anna"),
                hosts("host-user.invisible", "an\u200Bna"), hosts("host-user.letter", "jürgen"),
                hosts("host-user.character", "anna+1"), hosts("host-user.must-start", ".anna"),
                hosts("host-user.reserved-jitsi", "focus"), hosts("host-user.reserved-admin", "admin"),
                hosts("host-user.reserved-ownmeet", "ownmeet-check"), hosts("host-user.duplicate", "Anna", "anna"),
                hosts("host-accounts.none"));
    }

    private static List<Case> servers() {
        return List.of(new Case("server.missing", p -> p.withServer(null)), server("server-address.missing", s -> s.withHost("")),
                server("server-address.pasted-scheme", s -> s.withHost("ssh://203.0.113.5")),
                server("server-address.pasted-user", s -> s.withHost("root@203.0.113.5")),
                server("server-address.pasted-port", s -> s.withHost("203.0.113.5:2222")),
                server("server-address.broken-ip", s -> s.withHost("203.0.113.300")), server("space.at-start", s -> s.withHost(" 203.0.113.5")),
                server("domain.underscore", s -> s.withHost("nas_1")), server("server-port.range", s -> s.withPort(0)),
                server("server-user.missing", s -> s.withUser("")), server("server-user.too-long", s -> s.withUser("a".repeat(33))),
                server("server-user.capitals", s -> s.withUser("Debian")), server("server-user.with-at", s -> s.withUser("debian@server")),
                server("server-user.invalid", s -> s.withUser("1debian")), server("space.at-end", s -> s.withUser("debian ")));
    }

    private static List<Case> others() {
        return List.of(new Case("certificate.choose", p -> p.withCertificates(null)),
                certificates("certificate.choose", null, null, null, null),
                certificates("web-address.missing", CertificateMode.LETS_ENCRYPT, "", null, null),
                certificates("web-address.spaces", CertificateMode.LETS_ENCRYPT, "https://acme.schule.de/ dir", null, null),
                certificates("web-address.invalid", CertificateMode.LETS_ENCRYPT, "https://[acme", null, null),
                certificates("web-address.scheme", CertificateMode.LETS_ENCRYPT, "ftp://acme.schule.de", null, null),
                certificates("web-address.user-info", CertificateMode.LETS_ENCRYPT, "https://a:b@acme.schule.de/dir", null, null),
                certificates("web-address.fragment", CertificateMode.LETS_ENCRYPT, "https://acme.schule.de/dir#x", null, null),
                certificates("web-address.http", CertificateMode.LETS_ENCRYPT, "http://acme.schule.de/dir", null, null),
                certificates("certificate-file.missing", CertificateMode.OWN_FILES, null, null, "privkey.pem"),
                certificates("key-file.missing", CertificateMode.OWN_FILES, null, "fullchain.pem", null),
                certificates("text.one-line", CertificateMode.OWN_FILES, null, "full\nchain.pem", "privkey.pem"),
                certificates("text.invisible", CertificateMode.OWN_FILES, null, "full\u200Bchain.pem", "privkey.pem"),
                certificates("text.too-long", CertificateMode.OWN_FILES, null, "a".repeat(4097), "privkey.pem"),
                new Case("organisation-name.missing", organisation(o -> o.withName(null))),
                new Case("logging.missing", p -> p.withLogging(null)),
                new Case("retention-days.range", p -> p.withLogging(new Logging(400, AccessLog.ANONYMISED))),
                new Case("access-log.missing", p -> p.withLogging(new Logging(7, null))),
                new Case("access-log.no-difference", p -> p.withLogging(new Logging(0, AccessLog.ANONYMISED))),
                new Case("meeting-size.missing", p -> p.withMeetingSize(null)), new Case("options.missing", p -> p.withOptions(null)),
                new Case("language.choose", p -> p.withLanguage(null)), new Case("language.unavailable", p -> p.withLanguage("fr")),
                new Case("package-sources.missing", p -> p.withPackageSources(null)),
                new Case("jitsi-suite.invalid", sources(s -> s.withJitsiSuite("../stable"))),
                new Case("web-address.http", sources(s -> s.withJitsiKeyUrl("http://download.jitsi.org/jitsi-key.gpg.key"))),
                new Case("schema-version.unknown", p -> p.withSchemaVersion(99)));
    }

    /** The data protection facts behind the documents, each answer wrong or missing in turn. */
    private static List<Case> dataProtection() {
        Hosting us = new Hosting(false, "Cloud Inc.", null, "US", true);
        return List.of(new Case("data-protection.missing", organisation(o -> o.withDataProtection(null))),
                new Case("controller-type.missing", facts(f -> f.withControllerType(null))),
                new Case("legal-basis.missing", facts(f -> f.withMeetingsBasis(null))),
                new Case("legal-basis.public-body-interests", facts(f -> f.withMeetingsBasis(LegalBasis.LEGITIMATE_INTERESTS))),
                new Case("legal-basis.security-consent", facts(f -> f.withSecurityBasis(LegalBasis.CONSENT))),
                new Case("legal-basis.consent-obligatory", facts(f -> f.withMeetingsBasis(LegalBasis.CONSENT))),
                new Case("legal-basis.individual-public-task", facts(f -> f.withControllerType(ControllerType.INDIVIDUAL))),
                new Case("legal-provision.missing", facts(f -> f.withLegalProvision(null))),
                new Case("officer-email.required", facts(f -> f.withOfficerEmail(null))),
                new Case("authority-name.missing", facts(f -> f.withSupervisoryAuthority(null))),
                new Case("hosting.missing", facts(f -> f.withHosting(null))),
                new Case("hosting-provider.missing", facts(f -> f.withHosting(new Hosting(false, null, null, "DE", true)))),
                new Case("country.missing", facts(f -> f.withHosting(new Hosting(false, "Host", null, null, true)))),
                new Case("country.unknown", facts(f -> f.withHosting(new Hosting(false, "Host", null, "Germany", true)))),
                new Case("hosting.no-contract", facts(f -> f.withHosting(new Hosting(false, "Host", null, "DE", false)))),
                new Case("transfer.missing", facts(f -> f.withHosting(us))),
                new Case("transfer.inside-eea", facts(f -> f.withTransfer(new Transfer("AT", Safeguard.ADEQUACY_DECISION)))),
                new Case("transfer-safeguard.missing", facts(f -> f.withTransfer(new Transfer("US", null)))),
                new Case("participants.missing", facts(f -> f.withParticipants(List.of()))));
    }

    private static UnaryOperator<Profile> facts(UnaryOperator<DataProtection> edit) {
        return organisation(o -> o.withDataProtection(edit.apply(o.dataProtection())));
    }

    private static List<Case> ownFiles(Path dir) throws Exception {
        String domain = "meet.schule-am-see.de";
        Instant now = Instant.now();
        TestCertificates.Pair good = TestCertificates.forDomain(domain);
        Path certificate = TestCertificates.write(dir, "fullchain.pem", good.certificatePem());
        Path key = TestCertificates.write(dir, "privkey.pem", good.keyPem());
        Path otherKey = TestCertificates.write(dir, "other.pem", TestCertificates.forDomain(domain).keyPem());
        Path big = Files.write(dir.resolve("big.pem"), new byte[2 << 20]);
        Path junk = TestCertificates.write(dir, "junk.pem", "not a certificate");
        Path locked = TestCertificates.write(dir, "locked.pem", good.encryptedKeyPem());
        Path missing = dir.resolve("missing.pem");
        return List.of(own("file.folder", dir, key), own("file.not-found", missing, key), own("file.too-large", big, key),
                own("key-file.mismatch", certificate, otherKey),
                own("certificate-file.no-name", pair(dir, "none", List.of(), now.minus(Duration.ofDays(1)), 365)),
                own("certificate-file.other-name", pair(dir, "other", List.of("meet.other.de"), now.minus(Duration.ofDays(1)),
                        365)),
                own("certificate-file.expired", pair(dir, "old", List.of(domain), now.minus(Duration.ofDays(400)), 365)),
                own("certificate-file.not-yet-valid", pair(dir, "new", List.of(domain), now.plus(Duration.ofDays(10)), 365)),
                own("certificate-file.expires-soon", pair(dir, "soon", List.of(domain), now.minus(Duration.ofDays(360)), 365)),
                own("certificate-file.holds-key", key, key), own("certificate-file.no-certificate", junk, key),
                own("key-file.encrypted", certificate, locked), own("key-file.holds-certificate", certificate, certificate),
                own("key-file.no-key", certificate, junk));
    }

    private static Path[] pair(Path dir, String name, List<String> names, Instant from, int days) {
        TestCertificates.Pair pair = TestCertificates.make("EC", names, from, Duration.ofDays(days));
        return new Path[] {TestCertificates.write(dir, name + "-cert.pem", pair.certificatePem()),
            TestCertificates.write(dir, name + "-key.pem", pair.keyPem())};
    }

    /** The extra videobridge servers; the main server of the sample is 203.0.113.5. */
    private static List<Case> bridges() {
        Bridge good = new Bridge("bridge2", "203.0.113.6", 22, "debian");
        return List.of(bridges("bridge-name.missing", new Bridge(" ", "203.0.113.6", 22, "debian")),
                bridges("bridge-name.invalid", new Bridge("Bridge 2", "203.0.113.6", 22, "debian")),
                bridges("bridge-name.duplicate", good, new Bridge("bridge2", "203.0.113.7", 22, "debian")),
                bridges("bridge-address.main", new Bridge("bridge2", "203.0.113.5", 22, "debian")),
                bridges("bridge-address.duplicate", good, new Bridge("bridge3", "203.0.113.6", 22, "debian")),
                bridges("server-port.range", new Bridge("bridge2", "203.0.113.6", 70000, "debian")),
                bridges("server-user.with-at", new Bridge("bridge2", "203.0.113.6", 22, "debian@bridge")),
                bridges("server-address.missing", new Bridge("bridge2", "", 22, "debian")));
    }

    private static Case bridges(String code, Bridge... bridges) {
        return new Case(code, p -> p.withBridges(Arrays.asList(bridges)));
    }

    private static Case own(String code, Path... files) {
        return certificates(code, CertificateMode.OWN_FILES, null, files[0].toString(), files[1].toString());
    }

    private static Case domain(String code, String domain) {
        return new Case(code, p -> p.withDomain(domain));
    }

    private static Case email(String code, String email) {
        return new Case(code, p -> p.withAdminEmail(email));
    }

    private static Case hosts(String code, String... names) {
        return new Case(code, p -> p.withHostAccounts(Arrays.stream(names).map(HostAccount::new).toList()));
    }

    private static Case server(String code, UnaryOperator<Server> edit) {
        return new Case(code, p -> p.withServer(edit.apply(p.server())));
    }

    private static Case certificates(String code, CertificateMode mode, String directory, String certificate, String key) {
        return new Case(code, p -> p.withCertificates(new Certificates(mode, directory, certificate, key)));
    }

    private static UnaryOperator<Profile> organisation(UnaryOperator<Organisation> edit) {
        return p -> p.withOrganisation(edit.apply(p.organisation()));
    }

    private static UnaryOperator<Profile> sources(UnaryOperator<PackageSources> edit) {
        return p -> p.withPackageSources(edit.apply(p.packageSources()));
    }
}
