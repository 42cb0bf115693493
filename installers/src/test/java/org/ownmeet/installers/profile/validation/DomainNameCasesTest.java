package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ownmeet.installers.profile.validation.Edits.all;
import static org.ownmeet.installers.profile.validation.Edits.domain;
import static org.ownmeet.installers.profile.validation.Edits.selfSigned;
import static org.ownmeet.installers.profile.validation.Edits.testCa;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.ProfileFields;

/** The domain name: every bad input of RELIABILITY-GDPR.md section D and more, and the good ones it must take. */
class DomainNameCasesTest {
    private static final String D = ProfileFields.DOMAIN;
    /** 63 + 1 + 63 + 1 + 63 + 1 + n + 3 characters. */
    private static final String LONG_BASE = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".";

    static Stream<Arguments> refused() {
        return Stream.of(
                bad("", "Domain: missing. Type the web address of your meeting server"),
                bad(null, "Domain: missing."),
                bad("   ", "Domain: missing."),
                bad(" meet.schule-am-see.de", "Domain: remove the space at the start"),
                bad("meet.schule-am-see.de ", "Domain: remove the space at the end"),
                bad(" meet.schule-am-see.de ", "Domain: remove the space at the start and the space at the end"),
                bad("meet.schule-am-see.de\n", "Domain: remove the line break at the end"),
                bad("meet .schule-am-see.de", "Domain: the name contains a space; a domain name has none"),
                bad("meet.schule-am-see.de\nfoo", "contains a line break"),
                bad("meet\tschule-am-see.de", "contains a tab"),
                bad("meet", "Domain: \"meet\" is not a full name; it needs at least one dot"),
                bad("localhost", "Domain: \"localhost\" only ever means the computer it is typed on"),
                bad("meet.localhost", "only ever means the computer"),
                bad("meet.schule-am-see.de.", "Domain: remove the dot at the end"),
                bad(".meet.schule-am-see.de", "Domain: remove the dot at the start"),
                bad("meet..schule-am-see.de", "Domain: the name has two dots in a row"),
                bad("my_meet.schule-am-see.de", "Domain: the underscore (_) is not possible in a domain name; use a hyphen (-)"),
                bad("-meet.schule-am-see.de", "Domain: the part \"-meet\" starts with a hyphen (-)"),
                bad("meet-.schule-am-see.de", "Domain: the part \"meet-\" ends with a hyphen (-)"),
                bad("ab--c.schule-am-see.de", "Domain: the part \"ab--c\" has hyphens in its third and fourth place"),
                bad("xn--abc.schule-am-see.de", "Domain: the part \"xn--abc\" is not a valid encoded name (xn--…)"),
                bad("xn--a.schule-am-see.de", "\"xn--a\" is not a valid encoded name"),
                bad("xn--.schule-am-see.de", "\"xn--\" is not a valid encoded name"),
                bad("a".repeat(64) + ".schule-am-see.de", "is too long: a part between dots may have at most 63"),
                bad(LONG_BASE + "d".repeat(59) + ".de", "Domain: the name is too long: at most 253 characters, and it has 254"),
                bad("a.b.c.d.e.f.g.h.i.schule-am-see.de", "Domain: the name has 11 parts; Let's Encrypt gives certificates only"
                        + " to names of at most 10"),
                bad("192.0.2.1", "Domain: an IP address cannot be used here"),
                bad("192.0.2.10", "an IP address cannot be used here"),
                bad("192.0.2.10:443", "an IP address cannot be used here"),
                bad("192.0.2.300", "an IP address cannot be used here"),
                bad("[2001:db8::1]", "an IP address cannot be used here"),
                bad("2001:db8::1", "an IP address cannot be used here"),
                bad("[2001:db8::1]:443", "an IP address cannot be used here"),
                bad("https://meet.schule-am-see.de/", "Domain: type only the name, without \"https://\" or anything after the name:"
                        + " meet.schule-am-see.de"),
                bad("http://meet.schule-am-see.de", "without \"http://\""),
                bad("https://anna@meet.schule-am-see.de", "or anything after the name: meet.schule-am-see.de"),
                bad("https://anna@meet.schule-am-see.de:8443/room", "or anything after the name: meet.schule-am-see.de"),
                bad("https://", "without \"https://\" or anything after the name, such as meet.example.org"),
                bad("meet.schule-am-see.de:443", "Domain: type only the name, without the port \":443\": meet.schule-am-see.de"),
                bad("meet.schule-am-see.de:8443", "without the port \":8443\""),
                bad("meet.schule-am-see.de/room", "Domain: type only the name, without \"/room\" after it: meet.schule-am-see.de"),
                bad("meet.schule-am-see.de?lang=de", "without \"?lang=de\" after it"),
                bad("meet.schule-am-see.de#top", "without \"#top\" after it"),
                bad("anna@schule-am-see.de", "Domain: this looks like an e-mail address"),
                bad("*.schule-am-see.de", "Domain: a wildcard (*) is not possible"),
                bad("meet\u200B.schule-am-see.de", "Domain: the name contains an invisible character (U+200B)"),
                bad("meet\u202E.schule-am-see.de", "invisible character (U+202E)"),
                bad("meet\u00AD.schule-am-see.de", "invisible character (U+00AD)"),
                bad("meet;reboot.schule-am-see.de", "Domain: the character \";\" is not possible in a domain name"),
                bad("$(reboot).schule-am-see.de", "the character \"$\" is not possible"),
                bad("`id`.schule-am-see.de", "the character \"`\" is not possible"),
                bad("meet'.schule-am-see.de", "the character \"'\" is not possible"),
                bad("meet\".schule-am-see.de", "the character \"\"\" is not possible"),
                bad("{meet}.schule-am-see.de", "the character \"{\" is not possible"),
                bad("meet\\.schule-am-see.de", "the character \"\\\" is not possible"),
                bad("meet.123", "Domain: the last part, after the final dot, cannot be only digits"),
                bad("example.com", "Domain: example.com is only a placeholder used in examples; Let's Encrypt gives it no"
                        + " certificate"),
                bad("meet.example.org", "example.org is only a placeholder"),
                bad("meet.school.lan", "Domain: Let's Encrypt gives certificates only to names that end in a public ending"
                        + " such as .de, .org or .com, and \".lan\" is not one"),
                bad("bücher.example", "and \".example\" is not one"),
                bad("co.uk", "Domain: \"co.uk\" is only an ending that many names share"),
                bad("meet.1abc", "and \".1abc\" is not one"),
                badWith(staging(), "meet-1.ownmeet.test", "and \".test\" is not one"),
                badWith(selfSigned(), "meet", "is not a full name"),
                // the very strings of the brief and of RELIABILITY-GDPR.md section D, as typed there
                bad("https://meet.example.org/", "type only the name, without \"https://\" or anything after the name:"
                        + " meet.example.org"),
                bad("meet.example.org:443", "type only the name, without the port \":443\": meet.example.org"),
                bad("*.example.org", "a wildcard (*) is not possible"),
                bad("-meet.example.org", "the part \"-meet\" starts with a hyphen (-)"),
                bad("meet-.example.org", "the part \"meet-\" ends with a hyphen (-)"),
                bad("me_et.example.org", "the underscore (_) is not possible"),
                bad("ab--c.example.org", "has hyphens in its third and fourth place"),
                bad("xn--abc.example.org", "\"xn--abc\" is not a valid encoded name"),
                bad("meet.example.org.", "remove the dot at the end"),
                bad(" meet.example.org ", "remove the space at the start and the space at the end"),
                bad("xn--invalid.example.org", "example.org is only a placeholder"),
                badWith(selfSigned(), "https://meet.school.lan/", "without \"https://\""));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                good(null, "meet.schule-am-see.de", "meet.schule-am-see.de"),
                good(null, "MEET.Schule-Am-See.DE", "meet.schule-am-see.de"),
                good(null, "müller-schule.de", "xn--mller-schule-dlb.de"),
                good(null, "Meet.Müller-Schule.de", "meet.xn--mller-schule-dlb.de"),
                good(null, "straße.de", "xn--strae-oqa.de"),
                good(null, "xn--bcher-kva.de", "xn--bcher-kva.de"),
                good(null, "meet。schule-am-see。de", "meet.schule-am-see.de"),
                good(null, "a".repeat(63) + ".schule-am-see.de", "a".repeat(63) + ".schule-am-see.de"),
                good(null, LONG_BASE + "d".repeat(58) + ".de", LONG_BASE + "d".repeat(58) + ".de"),
                good(null, "a.b.c.d.e.f.g.h.schule-am-see.de", "a.b.c.d.e.f.g.h.schule-am-see.de"),
                good(null, "meet.school.co.uk", "meet.school.co.uk"),
                good(null, "1meet.schule-am-see.de", "1meet.schule-am-see.de"),
                good(selfSigned(), "meet.school.lan", "meet.school.lan"),
                good(selfSigned(), "meet.example.org", "meet.example.org"),
                good(selfSigned(), "MEET.Example.Org", "meet.example.org"),
                // valid punycode (five CJK ideographs): DNS and Let's Encrypt take it, so OwnMeet only warns
                good(selfSigned(), "xn--invalid.example.org", "xn--invalid.example.org"),
                good(selfSigned(), "bücher.example", "xn--bcher-kva.example"),
                good(selfSigned(), "a.b.c.d.e.f.g.h.i.j.schule.lan", "a.b.c.d.e.f.g.h.i.j.schule.lan"),
                good(Edits.ownFilesFor("meet.school.lan"), "meet.school.lan", "meet.school.lan"),
                good(testCa(), "meet-1.ownmeet.test", "meet-1.ownmeet.test"));
    }

    private static Arguments bad(String domain, String message) {
        return Arguments.of(String.valueOf(domain), domain(domain), message);
    }

    private static Arguments badWith(UnaryOperator<Profile> certificates, String domain, String message) {
        return Arguments.of(domain + " (" + "other certificate)", all(certificates, domain(domain)), message);
    }

    private static Arguments good(UnaryOperator<Profile> certificates, String domain, String ascii) {
        return Arguments.of(domain, certificates == null ? domain(domain) : all(certificates, domain(domain)), ascii);
    }

    private static UnaryOperator<Profile> staging() {
        return p -> p.withCertificates(new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT_STAGING,
                null, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refusesWithAMessageThatSaysWhy(String shown, UnaryOperator<Profile> edit, String message) {
        Edits.assertRefused(edit, D, message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void acceptsAndGivesTheEngineTheAsciiForm(String shown, UnaryOperator<Profile> edit, String ascii) {
        assertEquals(ascii, Edits.assertAccepted(edit).domain());
    }
}
