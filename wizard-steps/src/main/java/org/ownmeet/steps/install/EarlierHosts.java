package org.ownmeet.steps.install;

import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.secret.Secret;

/**
 * Host accounts a stopped run made, with their one-time passwords. A later run leaves existing accounts
 * alone, so these passwords exist nowhere else: the stopped card shows them, the run that finishes hands
 * them on to Done with its own, and they are wiped when the wizard closes.
 */
public final class EarlierHosts {
    private final ObservableList<HostCredential> hosts = FXCollections.observableArrayList();
    private final ObservableList<HostCredential> view = FXCollections.unmodifiableObservableList(hosts);

    void add(List<HostCredential> made) {
        hosts.addAll(made);
    }

    /** The finished run's result with these hosts first, so Done shows every host made in this wizard. */
    ApplyResult withEarlierHosts(ApplyResult result) {
        return result.withEarlierHosts(hosts);
    }

    /** The hosts made so far by stopped runs, oldest first; empty once wiped. */
    public ObservableList<HostCredential> list() {
        return view;
    }

    /** The password as text, only to show it; the copy of its characters made here is cleared at once. */
    public String passwordText(HostCredential host) {
        char[] chars = host.oneTimePassword().chars();
        try {
            return new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The wizard closes: the passwords are wiped and the list emptied. */
    void wipe() {
        List<HostCredential> wiping = List.copyOf(hosts);
        hosts.clear();
        wiping.stream().map(HostCredential::oneTimePassword).forEach(Secret::close);
    }
}
