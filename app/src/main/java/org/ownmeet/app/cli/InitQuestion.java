package org.ownmeet.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.FieldError;

/**
 * One thing {@code ownmeet init} asks: its prompt, its option, the profile field it fills, and a
 * default for an empty answer where one makes sense.
 */
record InitQuestion(String prompt, String option, String field, String fallback, Function<InitCommand, String> given,
                    BiFunction<Profile, String, Profile> apply) {

    static final List<InitQuestion> ALL = List.of(
            new InitQuestion("Server address (IP address or name)", "--server", ProfileFields.SERVER_HOST, null, c -> c.server,
                    (p, a) -> p.withServer(p.server().withHost(a))),
            new InitQuestion("User to log in as on the server", "--ssh-user", ProfileFields.SERVER_USER, null, c -> c.sshUser,
                    (p, a) -> p.withServer(p.server().withUser(a))),
            new InitQuestion("SSH port", "--ssh-port", ProfileFields.SERVER_PORT, "22", c -> c.sshPort,
                    (p, a) -> p.withServer(p.server().withPort(port(a)))),
            new InitQuestion("Meeting address (domain, such as meet.example.org)", "--domain", ProfileFields.DOMAIN, null,
                    c -> c.domain, Profile::withDomain),
            new InitQuestion("Your e-mail address (for the certificate service)", "--admin-email", ProfileFields.ADMIN_EMAIL, null,
                    c -> c.adminEmail, Profile::withAdminEmail),
            new InitQuestion("Hosts' user names, separated by commas", "--hosts", ProfileFields.HOST_ACCOUNTS, null, c -> c.hosts,
                    (p, a) -> p.withHostAccounts(Arrays.stream(a.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                            .map(Profile.HostAccount::new).toList())),
            new InitQuestion("Organisation that runs the meetings", "--organisation", ProfileFields.ORGANISATION_NAME, null,
                    c -> c.organisation, (p, a) -> p.withOrganisation(p.organisation().withName(a))),
            new InitQuestion("Organisation's postal address (Enter to leave out)", "--organisation-address",
                    ProfileFields.ORGANISATION_ADDRESS, "", c -> c.organisationAddress,
                    (p, a) -> p.withOrganisation(p.organisation().withAddress(a.isEmpty() ? null : a))),
            new InitQuestion("E-mail for questions about personal data", "--contact-email", ProfileFields.ORGANISATION_CONTACT, null,
                    c -> c.contactEmail, (p, a) -> p.withOrganisation(p.organisation().withContactEmail(a))),
            new InitQuestion("Language of the meeting pages and documents (en, de)", "--language", ProfileFields.LANGUAGE, "en",
                    c -> c.language, Profile::withLanguage));

    String given(InitCommand command) {
        return given.apply(command);
    }

    Profile apply(Profile profile, String answer) {
        return apply.apply(profile, answer);
    }

    /** Whether a rule's finding is about this question's answer. */
    boolean concerns(FieldError error) {
        return error.field().equals(field) || error.field().startsWith(field + ".") || error.field().startsWith(field + "[");
    }

    /** A port as typed; what is no number becomes 0, which the profile's rules refuse with their own sentence. */
    private static int port(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
