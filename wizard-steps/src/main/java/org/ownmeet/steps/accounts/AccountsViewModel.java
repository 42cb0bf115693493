package org.ownmeet.steps.accounts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.CheckedValue;
import org.ownmeet.installers.profile.validation.DomainName;
import org.ownmeet.installers.profile.validation.DomainNameRule;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.HostAccountsRule;
import org.ownmeet.installers.profile.validation.HostUserNameRule;
import org.ownmeet.installers.profile.validation.LetsEncryptPolicy;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * The hosts: who may open meetings. A name being typed is judged by the engine's rules for the list
 * as it would be with the name added ({@link HostAccountsRule}, which uses {@link HostUserNameRule}
 * for each name and refuses a second account that differs only in case); a name is added as the
 * server will know it ("Anna" becomes "anna").
 */
public final class AccountsViewModel {
    private final WizardSession session;
    private final Texts texts;
    private final StepValidation validation;
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ReadOnlyStringWrapper newNameError = new ReadOnlyStringWrapper(this, "newNameError", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyStringWrapper loginDomain = new ReadOnlyStringWrapper(this, "loginDomain", "");
    private final ReadOnlyStringWrapper noHosts = new ReadOnlyStringWrapper(this, "noHosts", "");
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(this, "canLeave");
    private final HostRemovals removals;
    private String addable;
    private boolean active;

    public AccountsViewModel(WizardSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        session.profile().hostAccounts().forEach(account -> hosts.add(account.username()));
        validation = new StepValidation(session, texts, ProfileFields.HOST_ACCOUNTS);
        hosts.addListener((ListChangeListener<String>) change -> {
            List<HostAccount> accounts = hosts.stream().map(HostAccount::new).toList();
            session.update(profile -> profile.withHostAccounts(accounts));
            judge();
        });
        newName.addListener((property, before, typed) -> judge());
        removals = new HostRemovals(session, hosts, loginDomain::get);
    }

    /** Starts following the draft (the domain for the logins, the engine's warning when there is no host); once is enough. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        validation.touch(ProfileFields.HOST_ACCOUNTS);
        canLeave.bind(validation.validProperty());
        noHosts.bind(Bindings.when(validation.warningProperty(ProfileFields.HOST_ACCOUNTS).isEmpty()).then("")
                .otherwise(texts.get("accounts.none")));
        session.profileProperty().addListener((property, before, now) -> followDomain(now));
        followDomain(session.profile());
    }

    private void followDomain(Profile profile) {
        CheckedValue<DomainName> domain = DomainNameRule.meetingDomain(LetsEncryptPolicy.applies(profile.certificates()))
                .check(ProfileFields.DOMAIN, profile.domain());
        loginDomain.set(domain.isValid() ? domain.value().unicode() : "");
    }

    /** The list as it would be with the typed name, checked by the engine; only the new line's message counts. */
    private void judge() {
        String typed = newName.get();
        addable = null;
        if (typed == null || typed.isEmpty()) {
            newNameError.set("");
            canAdd.set(false);
            return;
        }
        List<HostAccount> withNew = new ArrayList<>(hosts.stream().map(HostAccount::new).toList());
        withNew.add(new HostAccount(typed));
        String field = ProfileFields.hostAccount(hosts.size());
        List<FieldError> errors = HostAccountsRule.check(withNew).errors().stream().filter(e -> e.field().equals(field)).toList();
        if (errors.isEmpty()) {
            addable = HostUserNameRule.check(field, hosts.size() + 1, typed).value();
        }
        newNameError.set(errors.isEmpty() ? "" : atField(texts.field(errors.get(0))));
        canAdd.set(addable != null);
    }

    /** Adds the typed name as the server will know it and empties the field; false (and the message stays) if the rules refuse it. */
    public boolean add() {
        judge();
        if (addable == null) {
            return false;
        }
        removals.added(addable);
        hosts.add(addable);
        newName.set("");
        return true;
    }

    /** Takes the host off the list; one whose account is on the server only once the user confirms ({@link #removals()}). */
    public void remove(int index) {
        if (index >= 0 && index < hosts.size()) {
            removals.remove(hosts.get(index));
        }
    }

    public HostRemovals removals() {
        return removals;
    }

    /**
     * The engine's message names the field and quotes the name ("Host user name "root": this name ...");
     * at the field, where the name is in plain sight, only the rest is shown.
     */
    static String atField(String message) {
        int end = message.startsWith("Host user name \"") ? message.indexOf("\": ") : -1;
        if (end < 0) {
            return message;
        }
        String rest = message.substring(end + 3);
        return rest.isEmpty() ? message : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The hosts' user names, as the server knows them. */
    public ObservableList<String> hosts() {
        return hosts;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** The engine's message for the name being typed; empty while the field is empty or the name is fine. */
    public ReadOnlyStringProperty newNameErrorProperty() {
        return newNameError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** The meeting domain as people read it, for the full login (anna@meet.example.org); empty while it is not valid. */
    public ReadOnlyStringProperty loginDomainProperty() {
        return loginDomain.getReadOnlyProperty();
    }

    /** What having no host means, when the engine warns about it; empty otherwise. */
    public ReadOnlyStringProperty noHostsProperty() {
        activate();
        return noHosts.getReadOnlyProperty();
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty canLeaveProperty() {
        activate();
        return canLeave.getReadOnlyProperty();
    }
}
