package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.ProfileFields;

/** Who runs the service: the privacy notice and the record of processing need a name and a contact. */
public final class OrganisationRule {
    static final int LONGEST_NAME = 200;
    static final int LONGEST_ADDRESS = 500;

    private OrganisationRule() {
    }

    public static CheckedValue<Organisation> check(Organisation organisation) {
        Organisation given = organisation == null ? new Organisation(null, null, null, null) : organisation;
        CheckedValue<String> name = PlainTextRule.check(ProfileFields.ORGANISATION_NAME, "Organisation name", given.name(),
                "Organisation name: missing. The privacy notice names who runs the meetings", "organisation-name.missing",
                LONGEST_NAME, false);
        CheckedValue<String> address = PlainTextRule.check(ProfileFields.ORGANISATION_ADDRESS, "Organisation address",
                given.address(), null, null, LONGEST_ADDRESS, true);
        CheckedValue<String> contact = new EmailAddressRule("Organisation e-mail", "Organisation e-mail: missing. The privacy"
                + " notice gives it to people with questions about their data", "organisation-email.missing", false)
                .check(ProfileFields.ORGANISATION_CONTACT, given.contactEmail());
        CheckedValue<String> officer = PlainTextRule.check(ProfileFields.ORGANISATION_DPO, "Data protection officer",
                given.dataProtectionOfficer(), null, null, LONGEST_NAME, false);
        CheckedValue<org.ownmeet.installers.profile.DataProtection> facts = DataProtectionRule.check(given.dataProtection());
        List<FieldError> errors = new ArrayList<>();
        List<FieldWarning> warnings = new ArrayList<>();
        for (CheckedValue<?> part : List.of(name, address, contact, officer, facts)) {
            errors.addAll(part.errors());
            warnings.addAll(part.warnings());
        }
        Organisation normalised = errors.isEmpty()
                ? new Organisation(name.value(), address.value(), contact.value(), officer.value(), facts.value())
                : null;
        return new CheckedValue<>(normalised, errors, warnings);
    }
}
