package org.ownmeet.installers.profile.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address by a practical rule rather than all of RFC 5322: one @, a plain part before it
 * (letters, digits, . _ + -: what real addresses use, and nothing a shell or a config file could misread),
 * and after it a domain name as {@link DomainNameRule} accepts it. With Let's Encrypt's own service the
 * domain must also pass its rules, and example.com/.net/.org are refused, as Let's Encrypt refuses them.
 * The value has its domain in ASCII (punycode), which Let's Encrypt needs.
 */
public final class EmailAddressRule {
    static final int LONGEST_LOCAL_PART = 64;
    static final int LONGEST = 254;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._+-]+");
    private final String label;
    private final String missing;
    private final String missingCode;
    private final boolean letsEncrypt;

    /**
     * @param label the field's name in messages ("Admin e-mail")
     * @param missing the message when it is empty, or null when it may be empty
     * @param letsEncrypt whether the address goes to Let's Encrypt's own service
     */
    public EmailAddressRule(String label, String missing, boolean letsEncrypt) {
        this(label, missing, "email.missing", letsEncrypt);
    }

    /** @param missingCode the code of the message when it is empty ("admin-email.missing") */
    public EmailAddressRule(String label, String missing, String missingCode, boolean letsEncrypt) {
        this.label = label;
        this.missing = missing;
        this.missingCode = missingCode;
        this.letsEncrypt = letsEncrypt;
    }

    public CheckedValue<String> check(String field, String input) {
        if (input == null || input.isBlank()) {
            return missing == null ? CheckedValue.valid(input) : CheckedValue.invalid(field, missing, missingCode);
        }
        Optional<Reason> problem = SurroundingSpace.problem(input).or(() -> shapeProblem(input));
        if (problem.isPresent()) {
            return CheckedValue.invalid(problem.get().at(field, label));
        }
        int at = input.indexOf('@');
        String local = input.substring(0, at);
        CheckedValue<DomainName> domain = DomainNameRule.emailDomain(label, letsEncrypt).check(field, input.substring(at + 1));
        if (!domain.isValid()) {
            return new CheckedValue<>(null, domain.errors(), domain.warnings());
        }
        String ascii = domain.value().ascii();
        if (letsEncrypt && PlaceholderDomains.isPlaceholder(ascii)) {
            return CheckedValue.invalid(field, label + ": Let's Encrypt refuses addresses at " + ascii + ", which only appear in"
                    + " examples; type an address you read", "email.placeholder", ascii);
        }
        String address = local + "@" + ascii;
        if (address.length() > LONGEST) {
            return CheckedValue.invalid(field, label + ": too long: at most " + LONGEST + " characters", "email.too-long",
                    LONGEST);
        }
        return CheckedValue.valid(address, domain.warnings());
    }

    private static Optional<Reason> shapeProblem(String input) {
        if (input.regionMatches(true, 0, "mailto:", 0, "mailto:".length())) {
            return Optional.of(Reason.of("email.mailto", "type only the address, without \"mailto:\""));
        }
        long ats = input.chars().filter(c -> c == '@').count();
        if (ats == 0) {
            return Optional.of(Reason.of("email.no-at", "an e-mail address needs an @, such as anna@example.org"));
        }
        if (ats > 1) {
            return Optional.of(Reason.of("email.several-at", "type one address with one @, such as anna@example.org"));
        }
        if (input.chars().anyMatch(SurroundingSpace::isSpace)) {
            return Optional.of(Reason.of("email.space-inside", "an e-mail address has no spaces"));
        }
        String local = input.substring(0, input.indexOf('@'));
        if (local.isEmpty()) {
            return Optional.of(Reason.of("email.local-missing", "the part before the @ is missing"));
        }
        if (local.length() > LONGEST_LOCAL_PART) {
            return Optional.of(Reason.of("email.local-too-long", "the part before the @ is too long: at most "
                    + LONGEST_LOCAL_PART + " characters", LONGEST_LOCAL_PART));
        }
        if (!LOCAL_PART.matcher(local).matches()) {
            return Optional.of(Reason.of("email.local-characters", "the part before the @ may have only the letters a to z"
                    + " without accents, digits, and . _ - +"));
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of(Reason.of("email.local-dots", "the part before the @ cannot start or end with a dot, or have"
                    + " two dots in a row"));
        }
        return Optional.empty();
    }
}
