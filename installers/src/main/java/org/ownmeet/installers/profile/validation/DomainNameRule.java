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
    private final boolean meetingDomain;
    private final boolean letsEncrypt;
    private final boolean localNamesAllowed;

    private DomainNameRule(String label, String what, String missing, boolean meetingDomain, boolean letsEncrypt,
            boolean localNamesAllowed) {
        this.label = label;
        this.what = what;
        this.missing = missing;
        this.meetingDomain = meetingDomain;
        this.letsEncrypt = letsEncrypt;
        this.localNamesAllowed = localNamesAllowed;
    }

    /** The name people type to join a meeting; with Let's Encrypt's own service, also its rules. */
    public static DomainNameRule meetingDomain(boolean letsEncrypt) {
        return new DomainNameRule("Domain", "the name", "Domain: missing. Type the web address of your meeting server, such as"
                + " meet.example.org", true, letsEncrypt, false);
    }

    /** The part after the @ of an e-mail address; Let's Encrypt checks a contact address's domain as a name. */
    static DomainNameRule emailDomain(String label, boolean letsEncrypt) {
        return new DomainNameRule(label, "the part after the @", label + ": the part after the @ is missing", false, letsEncrypt,
                false);
    }

    /** The name of the server to log in to over SSH: a name of the local network ("nas", "localhost") is fine too. */
    static DomainNameRule serverName(String label) {
        return new DomainNameRule(label, "the name", label + ": missing", false, false, true);
    }

    public CheckedValue<DomainName> check(String field, String input) {
        if (input == null || input.isBlank()) {
            return CheckedValue.invalid(field, missing);
        }
        Optional<String> problem = SurroundingSpace.problem(input)
                .or(() -> IpAddressLiteral.parse(input).isPresent() || IpAddressLiteral.looksLikeBrokenIpv4(input)
                        ? Optional.of(meetingDomain ? "an IP address cannot be used here; type a name, such as meet.example.org,"
                                + " that points to your server" : what + " must be a name, not an IP address")
                        : Optional.empty())
                .or(() -> meetingDomain ? PastedAddressCheck.problem(input, "meet.example.org") : Optional.empty())
                .or(() -> DomainCharacterCheck.problem(input, what));
        if (problem.isPresent()) {
            return CheckedValue.invalid(field, label + ": " + problem.get());
        }
        IdnaConversion.Outcome converted = IdnaConversion.convert(input, what);
        if (converted.problem() != null) {
            return CheckedValue.invalid(field, label + ": " + converted.problem());
        }
        DomainName name = converted.name();
        problem = DomainStructureCheck.problem(name.ascii(), what, localNamesAllowed)
                .or(() -> letsEncrypt ? LetsEncryptNameCheck.problem(name.ascii(), what) : Optional.empty())
                .or(() -> letsEncrypt && meetingDomain && PlaceholderDomains.isPlaceholderOrUnder(name.ascii())
                        ? Optional.of(PlaceholderDomains.of(name.ascii()) + " is only a placeholder used in examples; Let's"
                                + " Encrypt gives it no certificate. Type your own domain name")
                        : Optional.empty());
        if (problem.isPresent()) {
            return CheckedValue.invalid(field, label + ": " + problem.get());
        }
        List<FieldWarning> warnings = LookAlikeCheck.warnings(input, name).stream()
                .map(warning -> new FieldWarning(field, label + ": " + warning)).toList();
        return CheckedValue.valid(name, warnings);
    }
}
