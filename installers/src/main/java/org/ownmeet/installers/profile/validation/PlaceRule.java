package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.SupervisoryAuthority;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * Where data go: the authority to complain to, the data centre (own premises, or a provider with its
 * country and an Art. 28 contract), and a transfer outside the EU/EEA, which needs a safeguard of
 * Art. 45-47. A data centre outside the EU/EEA is itself such a transfer.
 */
final class PlaceRule {
    /** The 27 member states and Iceland, Liechtenstein and Norway, where the GDPR applies. */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PlaceRule() {
    }

    static CheckedValue<SupervisoryAuthority> authority(SupervisoryAuthority given) {
        SupervisoryAuthority authority = given == null ? new SupervisoryAuthority(null, null) : given;
        CheckedValue<String> name = PlainTextRule.check(ProfileFields.AUTHORITY_NAME, "Supervisory authority", authority.name(),
                "Supervisory authority: missing. The notice names where people can complain (for example the data protection"
                        + " authority of your state)", "authority-name.missing", DataProtectionRule.LONGEST_TEXT, false);
        CheckedValue<String> address = PlainTextRule.check(ProfileFields.AUTHORITY_ADDRESS, "Supervisory authority's address",
                authority.address(), null, null, OrganisationRule.LONGEST_ADDRESS, true);
        return combine(List.of(name, address), () -> new SupervisoryAuthority(name.value(), address.value()));
    }

    static CheckedValue<Hosting> hosting(Hosting hosting) {
        if (hosting == null) {
            return CheckedValue.invalid(ProfileFields.HOSTING, "Server location: say whether the server stands on your own premises"
                    + " or with a hosting provider", "hosting.missing");
        }
        if (hosting.ownPremises()) {
            CheckedValue<String> country = country(ProfileFields.HOSTING_COUNTRY, "Country of the server", hosting.country(), false);
            return combine(List.of(country), () -> new Hosting(true, null, null, country.value(), false));
        }
        CheckedValue<String> provider = PlainTextRule.check(ProfileFields.HOSTING_PROVIDER, "Hosting provider", hosting.provider(),
                "Hosting provider: missing. The documents name who runs the data centre", "hosting-provider.missing",
                DataProtectionRule.LONGEST_TEXT, false);
        CheckedValue<String> address = PlainTextRule.check(ProfileFields.HOSTING_ADDRESS, "Hosting provider's address",
                hosting.address(), null, null, OrganisationRule.LONGEST_ADDRESS, true);
        CheckedValue<String> country = country(ProfileFields.HOSTING_COUNTRY, "Country of the data centre", hosting.country(), true);
        List<FieldWarning> warnings = hosting.processingContract() ? List.of() : List.of(new FieldWarning(
                ProfileFields.HOSTING + ".processingContract", "Processing contract: the hosting provider processes the meetings'"
                + " data for you, so you need a contract under Art. 28 GDPR with them", "hosting.no-contract", List.of()));
        CheckedValue<Hosting> combined = combine(List.of(provider, address, country), () -> new Hosting(false, provider.value(),
                address.value(), country.value(), true));
        return new CheckedValue<>(combined.isValid() ? new Hosting(false, provider.value(), address.value(), country.value(),
                hosting.processingContract()) : null, combined.errors(), warnings);
    }

    static CheckedValue<Transfer> transfer(Transfer transfer, Hosting hosting) {
        boolean hostedOutside = hosting != null && hosting.country() != null && !EEA.contains(hosting.country());
        if (transfer == null) {
            return hostedOutside ? CheckedValue.invalid(ProfileFields.TRANSFER, "Transfer outside the EU: the server stands in "
                    + hosting.country() + ", outside the EU/EEA; choose the safeguard (adequacy decision, standard contractual"
                    + " clauses or binding corporate rules)", "transfer.missing", hosting.country()) : CheckedValue.valid(null);
        }
        CheckedValue<String> country = country(ProfileFields.TRANSFER_COUNTRY, "Country data go to", transfer.country(), true);
        List<CheckedValue<?>> parts = new ArrayList<>(List.of(country));
        if (country.isValid() && EEA.contains(country.value())) {
            parts.add(CheckedValue.invalid(ProfileFields.TRANSFER_COUNTRY, "Country data go to: " + country.value() + " is in the"
                    + " EU/EEA, so there is no transfer to declare", "transfer.inside-eea", country.value()));
        }
        if (transfer.safeguard() == null) {
            parts.add(CheckedValue.invalid(ProfileFields.TRANSFER_SAFEGUARD, "Safeguard: choose adequacy decision, standard"
                    + " contractual clauses or binding corporate rules", "transfer-safeguard.missing"));
        }
        return combine(parts, () -> new Transfer(country.value(), transfer.safeguard()));
    }

    private static CheckedValue<String> country(String field, String label, String code, boolean required) {
        if (code == null || code.isBlank()) {
            return required ? CheckedValue.invalid(field, label + ": missing; give its two-letter code (DE, AT, IT)",
                    "country.missing") : CheckedValue.valid(null);
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            return CheckedValue.invalid(field, label + ": " + Shown.quoted(code) + " is not a country code; give its two-letter"
                    + " code (DE, AT, IT)", "country.unknown", Shown.quoted(code));
        }
        return CheckedValue.valid(upper);
    }

    private static <T> CheckedValue<T> combine(List<? extends CheckedValue<?>> parts, java.util.function.Supplier<T> value) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldWarning> warnings = new ArrayList<>();
        parts.forEach(part -> {
            errors.addAll(part.errors());
            warnings.addAll(part.warnings());
        });
        return new CheckedValue<>(errors.isEmpty() ? value.get() : null, errors, warnings);
    }
}
