package org.ownmeet.installers.profile.validation;

import java.util.List;
import java.util.Optional;

/**
 * A domain name as DNS (RFC 1123), IDNA2008 and, for its certificates, Let's Encrypt accept it, with
 * one message in plain words for the first thing that is wrong. The value is the name in both forms;
 * the engine uses {@link DomainName#ascii()}.
 */
public final class DomainNameRule {
    static final int LONGEST = 253;
    private final String label;
    private final String what;
    private final String missing;
    private final String missingCode;
    private final boolean meetingDomain;
    private final boolean letsEncrypt;
    private final boolean localNamesAllowed;

    private DomainNameRule(String label, String what, String missing, String missingCode, boolean meetingDomain,
            boolean letsEncrypt, boolean localNamesAllowed) {
        this.label = label;
        this.what = what;
        this.missing = missing;
        this.missingCode = missingCode;
        this.meetingDomain = meetingDomain;
        this.letsEncrypt = letsEncrypt;
        this.localNamesAllowed = localNamesAllowed;
    }

    /** The name people type to join a meeting; with Let's Encrypt's own service, also its rules. */
    public static DomainNameRule meetingDomain(boolean letsEncrypt) {
        return new DomainNameRule("Domain", "the name", "Domain: missing. Type the web address of your meeting server, such as"
                + " meet.example.org", "domain.missing", true, letsEncrypt, false);
    }

    /** The part after the @ of an e-mail address; Let's Encrypt checks a contact address's domain as a name. */
    static DomainNameRule emailDomain(String label, boolean letsEncrypt) {
        return new DomainNameRule(label, "the part after the @", label + ": the part after the @ is missing",
                "email.domain-missing", false, letsEncrypt, false);
    }

    /** The name of the server to log in to over SSH: a name of the local network ("nas", "localhost") is fine too. */
    static DomainNameRule serverName(String label) {
        return new DomainNameRule(label, "the name", label + ": missing", "server-address.missing", false, false, true);
    }

    public CheckedValue<DomainName> check(String field, String input) {
        if (input == null || input.isBlank()) {
            return CheckedValue.invalid(field, missing, missingCode);
        }
        Optional<Reason> problem = SurroundingSpace.problem(input)
                .or(() -> IpAddressLiteral.parse(input).isPresent() || IpAddressLiteral.looksLikeBrokenIpv4(input)
                        ? Optional.of(meetingDomain ? Reason.of("domain.ip-address", "an IP address cannot be used here; type a"
                                + " name, such as meet.example.org, that points to your server")
                                : Reason.of("domain.name-not-ip", what + " must be a name, not an IP address"))
                        : Optional.empty())
                .or(() -> meetingDomain ? PastedAddressCheck.problem(input, "meet.example.org") : Optional.empty())
                .or(() -> DomainCharacterCheck.problem(input, what));
        if (problem.isPresent()) {
            return CheckedValue.invalid(problem.get().at(field, label));
        }
        IdnaConversion.Outcome converted = IdnaConversion.convert(input, what);
        if (converted.problem() != null) {
            return CheckedValue.invalid(converted.problem().at(field, label));
        }
        DomainName name = converted.name();
        problem = DomainStructureCheck.problem(name.ascii(), what, localNamesAllowed)
                .or(() -> letsEncrypt ? LetsEncryptNameCheck.problem(name.ascii(), what) : Optional.empty())
                .or(() -> letsEncrypt && meetingDomain && PlaceholderDomains.isPlaceholderOrUnder(name.ascii())
                        ? Optional.of(Reason.of("domain.placeholder", PlaceholderDomains.of(name.ascii()) + " is only a"
                                + " placeholder used in examples; Let's Encrypt gives it no certificate. Type your own domain"
                                + " name", PlaceholderDomains.of(name.ascii())))
                        : Optional.empty());
        if (problem.isPresent()) {
            return CheckedValue.invalid(problem.get().at(field, label));
        }
        List<FieldWarning> warnings = LookAlikeCheck.warnings(input, name).stream()
                .map(warning -> warning.warningAt(field, label)).toList();
        return CheckedValue.valid(name, warnings);
    }
}
