package org.ownmeet.installers.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;


import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.verify.TemporaryAccount;

/**
 * The host accounts on the list exist, each created once with a one-time password. An account is
 * never touched again, so the password its host chose survives every run. An account taken off the
 * list is deleted only when the user confirmed it; verification accounts OwnMeet left behind go.
 */
public final class HostAccountsInstaller implements Installer {
    static final String VERIFICATION_PREFIX = TemporaryAccount.NAME_PREFIX;

    @Override
    public String id() {
        return "host-accounts";
    }

    @Override
    public String title() {
        return "Host accounts";
    }

    @Override
    public StateRequest needs(Profile profile) {
        String directory = ProsodyAccounts.directory(profile.domain());
        return StateRequest.of(List.of(), List.of(
                new Probe("host-accounts", "ls -1 " + directory + " 2>/dev/null || true"),
                new Probe("prosody-signs-in", "grep -qs 'authentication = \"internal_hashed\"' "
                        + ShellQuote.quote(JitsiFiles.prosodyHost(profile.domain())) + " && echo yes || echo no")));
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        Set<String> wanted = profile.hostAccounts().stream().map(a -> a.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!state.probe("prosody-signs-in").strip().equals("yes")) {
            return wanted.isEmpty() ? List.of() : List.of(new PendingChange("Create " + wanted.size() + " host account(s)",
                    "once Prosody signs hosts in: " + String.join(", ", wanted)));
        }
        List<String> existing = ProsodyAccounts.parse(state.probe("host-accounts"));
        List<Change> changes = new ArrayList<>();
        for (String username : wanted) {
            if (!existing.contains(username)) {
                changes.add(new AddHostAccount(username, domain));
            }
        }
        for (String username : existing) {
            if (username.startsWith(VERIFICATION_PREFIX)) {
                changes.add(new RemoveHostAccount(username, domain, "a verification account OwnMeet left behind"));
            } else if (!wanted.contains(username) && options.confirmedRemovals().contains(username)) {
                changes.add(new RemoveHostAccount(username, domain, "taken off the list, and you confirmed it"));
            }
        }
        return changes;
    }
}
