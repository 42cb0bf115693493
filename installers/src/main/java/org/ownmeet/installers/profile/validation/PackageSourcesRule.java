package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.profile.ProfileFields;

/** Where the Jitsi packages and their signing key come from: https, or http from a mirror in the own network. */
public final class PackageSourcesRule {
    private static final Pattern SUITE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._~/-]*$");

    private PackageSourcesRule() {
    }

    public static CheckedValue<PackageSources> check(PackageSources sources) {
        if (sources == null) {
            return CheckedValue.invalid(ProfileFields.PACKAGE_SOURCES, "Package sources: missing; OwnMeet needs to know where"
                    + " the Jitsi packages come from", "package-sources.missing");
        }
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(WebAddressRule.check(ProfileFields.JITSI_REPOSITORY, "Jitsi package address", sources.jitsiRepository(),
                true).errors());
        String suite = sources.jitsiSuite();
        if (suite == null || !SUITE.matcher(suite).matches() || suite.contains("..")) {
            errors.add(new FieldError(ProfileFields.JITSI_SUITE, "Jitsi package suite: a name such as stable/ made of letters,"
                    + " digits and . _ / -", "jitsi-suite.invalid", List.of()));
        }
        errors.addAll(WebAddressRule.check(ProfileFields.JITSI_KEY_URL, "Jitsi signing key address", sources.jitsiKeyUrl(),
                true).errors());
        return new CheckedValue<>(errors.isEmpty() ? sources : null, errors, List.of());
    }
}
