package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ownmeet.installers.profile.validation.Edits.adminEmail;
import static org.ownmeet.installers.profile.validation.Edits.all;
import static org.ownmeet.installers.profile.validation.Edits.organisation;
import static org.ownmeet.installers.profile.validation.Edits.selfSigned;
import static org.ownmeet.installers.profile.validation.Edits.testCa;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFields;

/** The admin's e-mail (Let's Encrypt's contact) and the organisation's (the privacy notice's). */
class EmailAddressCasesTest {
    private static final String ADMIN = ProfileFields.ADMIN_EMAIL;
    private static final String CONTACT = ProfileFields.ORGANISATION_CONTACT;

    static Stream<Arguments> refused() {
        return Stream.of(
                bad(adminEmail("it@example.com"), ADMIN, "Admin e-mail: Let's Encrypt refuses addresses at example.com"),
                bad(adminEmail("it@example.net"), ADMIN, "Let's Encrypt refuses addresses at example.net"),
                bad(adminEmail("IT@Example.ORG"), ADMIN, "Let's Encrypt refuses addresses at example.org"),
                bad(adminEmail(null), ADMIN, "Admin e-mail: missing. The certificate service writes to it"),
                bad(all(testCa(), adminEmail("")), ADMIN, "Admin e-mail: missing."),
                bad(adminEmail("it"), ADMIN, "Admin e-mail: an e-mail address needs an @"),
                bad(adminEmail("it@@schule-am-see.de"), ADMIN, "Admin e-mail: type one address with one @"),
                bad(adminEmail("it@schule-am-see.de, anna@schule-am-see.de"), ADMIN, "type one address with one @"),
                bad(adminEmail("@schule-am-see.de"), ADMIN, "Admin e-mail: the part before the @ is missing"),
                bad(adminEmail("it@"), ADMIN, "Admin e-mail: the part after the @ is missing"),
                bad(adminEmail("jürgen@schule-am-see.de"), ADMIN, "the part before the @ may have only the letters a to z"),
                bad(adminEmail("it;reboot@schule-am-see.de"), ADMIN, "the part before the @ may have only"),
                bad(adminEmail("it @schule-am-see.de"), ADMIN, "Admin e-mail: an e-mail address has no spaces"),
                bad(adminEmail(" it@schule-am-see.de"), ADMIN, "Admin e-mail: remove the space at the start"),
                bad(adminEmail("it@schule-am-see.de\n"), ADMIN, "Admin e-mail: remove the line break at the end"),
                bad(adminEmail("mailto:it@schule-am-see.de"), ADMIN, "Admin e-mail: type only the address, without \"mailto:\""),
                bad(adminEmail(".it@schule-am-see.de"), ADMIN, "cannot start or end with a dot, or have two dots in a row"),
                bad(adminEmail("i..t@schule-am-see.de"), ADMIN, "or have two dots in a row"),
                bad(adminEmail("a".repeat(65) + "@schule-am-see.de"), ADMIN, "the part before the @ is too long"),
                bad(adminEmail("it@schule-am-see"), ADMIN, "Admin e-mail: \"schule-am-see\" is not a full name"),
                bad(adminEmail("it@schule_am_see.de"), ADMIN, "Admin e-mail: the underscore (_) is not possible"),
                bad(adminEmail("it@192.0.2.1"), ADMIN, "Admin e-mail: the part after the @ must be a name, not an IP address"),
                bad(adminEmail("it@schule-am-see.de."), ADMIN, "Admin e-mail: remove the dot at the end"),
                bad(adminEmail("it@school.lan"), ADMIN, "Admin e-mail: Let's Encrypt gives certificates only to names that end in"
                        + " a public ending"),
                bad(organisation(o -> o.withContactEmail(null)), CONTACT, "Organisation e-mail: missing. The privacy notice gives it"),
                bad(organisation(o -> o.withContactEmail("datenschutz")), CONTACT, "Organisation e-mail: an e-mail address needs an @"),
                bad(organisation(o -> o.withContactEmail("datenschutz@schule am see.de")), CONTACT, "Organisation e-mail: an e-mail"
                        + " address has no spaces"),
                bad(organisation(o -> o.withContactEmail("dsb@schule-am-see..de")), CONTACT, "the part after the @ has two dots in a row"));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                good(adminEmail("it@schule-am-see.de"), ADMIN, "it@schule-am-see.de"),
                good(adminEmail("IT.Team+meet@Müller-Schule.DE"), ADMIN, "IT.Team+meet@xn--mller-schule-dlb.de"),
                good(all(selfSigned(), adminEmail("it@example.com")), ADMIN, "it@example.com"),
                good(all(selfSigned(), adminEmail(null)), ADMIN, null),
                good(all(selfSigned(), adminEmail("it@school.lan")), ADMIN, "it@school.lan"),
                good(all(testCa(), adminEmail("admin@example.org")), ADMIN, "admin@example.org"),
                good(organisation(o -> o.withContactEmail("dsb@example.org")), CONTACT, "dsb@example.org"),
                good(organisation(o -> o.withContactEmail("datenschutz@bücher.de")), CONTACT, "datenschutz@xn--bcher-kva.de"));
    }

    private static Arguments bad(UnaryOperator<Profile> edit, String field, String message) {
        return Arguments.of(message, edit, field, message);
    }

    private static Arguments good(UnaryOperator<Profile> edit, String field, String normalised) {
        return Arguments.of(normalised, edit, field, normalised);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refusesWithAMessageThatSaysWhy(String shown, UnaryOperator<Profile> edit, String field, String message) {
        Edits.assertRefused(edit, field, message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void acceptsWithTheDomainInAscii(String shown, UnaryOperator<Profile> edit, String field, String normalised) {
        Profile profile = Edits.assertAccepted(edit);
        assertEquals(normalised, field.equals(ADMIN) ? profile.adminEmail() : profile.organisation().contactEmail());
    }
}
