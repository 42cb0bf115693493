package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * The list of hosts: each name by {@link HostUserNameRule}, no account twice once case is ignored
 * ("Alice" and "alice" are one account to Prosody), and a warning when there is none, since then
 * nobody can open a meeting.
 */
public final class HostAccountsRule {
    private HostAccountsRule() {
    }

    public static CheckedValue<List<HostAccount>> check(List<HostAccount> accounts) {
        List<FieldError> errors = new ArrayList<>();
        List<HostAccount> normalised = new ArrayList<>();
        Map<String, String> typedByName = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            String field = ProfileFields.hostAccount(i);
            String typed = accounts.get(i) == null ? null : accounts.get(i).username();
            CheckedValue<String> name = HostUserNameRule.check(field, i + 1, typed);
            errors.addAll(name.errors());
            if (!name.isValid()) {
                continue;
            }
            String earlier = typedByName.putIfAbsent(name.value(), typed);
            if (earlier != null) {
                errors.add(new FieldError(field, "Host user name " + Shown.quoted(typed) + ": the same account as "
                        + Shown.quoted(earlier) + " (capital letters do not make a different name); remove one of them",
                        "host-user.duplicate", List.of(Shown.quoted(earlier))));
            } else {
                normalised.add(new HostAccount(name.value()));
            }
        }
        List<FieldWarning> warnings = accounts.isEmpty()
                ? List.of(new FieldWarning(ProfileFields.HOST_ACCOUNTS, "Host accounts: there are none yet, so nobody can open a"
                        + " meeting. You can add them now or later.", "host-accounts.none", List.of()))
                : List.of();
        return new CheckedValue<>(errors.isEmpty() ? List.copyOf(normalised) : null, errors, warnings);
    }
}
