package org.ownmeet.steps.accounts;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.steps.session.WizardSession;

/**
 * Taking a host off the list whose account exists on the server deletes that account, so it is asked
 * first, naming the account; only a confirmed name reaches the engine ({@link WizardSession#confirmedRemovals}).
 * A name not yet on the server goes at once. The hosts who stay keep the password they chose: nothing resets it.
 */
public final class HostRemovals {
    private final WizardSession session;
    private final List<String> hosts;
    private final Supplier<String> loginDomain;
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final BooleanBinding serverHasHosts;

    HostRemovals(WizardSession session, List<String> hosts, Supplier<String> loginDomain) {
        this.session = session;
        this.hosts = hosts;
        this.loginDomain = loginDomain;
        serverHasHosts = Bindings.createBooleanBinding(() -> session.recordProperty().get() != null
                && !session.recordProperty().get().hostAccounts().isEmpty(), session.recordProperty());
    }

    /** Takes the host off the list, or, when the server has the account, asks first (true: removed now). */
    boolean remove(String username) {
        if (onServer(username)) {
            pending.set(username);
            return false;
        }
        hosts.remove(username);
        return true;
    }

    /** The user confirmed: the name leaves the list and the engine may delete the account. */
    public void confirm() {
        String username = pending.get();
        if (username.isEmpty()) {
            return;
        }
        pending.set("");
        session.confirmedRemovals().add(username);
        hosts.remove(username);
    }

    /** The user keeps the host: nothing changes. */
    public void keep() {
        pending.set("");
    }

    /** A name added (again) is no longer one to delete. */
    void added(String username) {
        session.confirmedRemovals().remove(username);
    }

    private boolean onServer(String username) {
        AppliedRecord record = session.recordProperty().get();
        return record != null && record.hostAccounts().contains(username);
    }

    /** The host waiting for the user's answer, or empty. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The full account name of the host waiting for an answer, as the server knows it ("bob@meet.example.org"). */
    public String pendingAccount() {
        AppliedRecord record = session.recordProperty().get();
        String domain = record == null ? loginDomain.get() : record.profile() != null ? record.profile().domain() : record.jitsiDomain();
        return domain == null || domain.isEmpty() ? pending.get() : pending.get() + "@" + domain;
    }

    /** The server has host accounts already: the page says their own passwords are never reset. */
    public BooleanBinding serverHasHostsProperty() {
        return serverHasHosts;
    }
}
