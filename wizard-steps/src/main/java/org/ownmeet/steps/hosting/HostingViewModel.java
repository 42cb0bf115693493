package org.ownmeet.steps.hosting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.organisation.DataProtectionDraft;
import org.ownmeet.steps.session.WizardSession;

/**
 * Where the server stands (own premises, or a hosting provider with its address, the data centre's
 * country and the processing contract) and whether data go outside the EU/EEA, with the safeguard.
 * Each answer goes into the draft; the engine's rules judge it (a data centre outside the EEA is a
 * transfer, which the rules then ask about).
 */
public final class HostingViewModel {
    /** The path of the processing contract, where the engine notes a missing one. */
    public static final String CONTRACT = ProfileFields.HOSTING + ".processingContract";

    private final WizardSession session;
    private final StepValidation validation;
    private final BooleanProperty ownPremises = new SimpleBooleanProperty(this, "ownPremises");
    private final StringProperty provider = new SimpleStringProperty(this, "provider");
    private final StringProperty providerAddress = new SimpleStringProperty(this, "providerAddress");
    private final StringProperty country = new SimpleStringProperty(this, "country");
    private final BooleanProperty contract = new SimpleBooleanProperty(this, "contract");
    private final BooleanProperty transfer = new SimpleBooleanProperty(this, "transfer");
    private final StringProperty transferCountry = new SimpleStringProperty(this, "transferCountry");
    private final ObjectProperty<Safeguard> safeguard = new SimpleObjectProperty<>(this, "safeguard");
    /** True while the fields are filled from the draft: nothing is written back then. */
    private boolean loading;

    public HostingViewModel(WizardSession session, Texts texts) {
        this.session = session;
        load();
        validation = new StepValidation(session, texts, ProfileFields.HOSTING_PROVIDER, ProfileFields.HOSTING_ADDRESS,
                ProfileFields.HOSTING_COUNTRY, CONTRACT, ProfileFields.TRANSFER, ProfileFields.TRANSFER_COUNTRY,
                ProfileFields.TRANSFER_SAFEGUARD);
        follow(ownPremises, ProfileFields.HOSTING_PROVIDER);
        follow(provider, ProfileFields.HOSTING_PROVIDER);
        follow(providerAddress, ProfileFields.HOSTING_ADDRESS);
        // a data centre outside the EEA is a transfer: the transfer's question then says so at once
        follow(country, ProfileFields.HOSTING_COUNTRY, ProfileFields.TRANSFER);
        follow(contract, CONTRACT);
        follow(transfer, ProfileFields.TRANSFER);
        follow(transferCountry, ProfileFields.TRANSFER_COUNTRY);
        follow(safeguard, ProfileFields.TRANSFER_SAFEGUARD);
    }

    /** The page is shown: the fields take the draft's facts anew, and a draft without facts gets unanswered ones. */
    public void begin() {
        DataProtectionDraft.begin(session);
        load();
        validation.revalidate();
    }

    private void load() {
        loading = true;
        DataProtection facts = DataProtectionDraft.of(session);
        Hosting hosting = facts.hosting() != null ? facts.hosting() : DataProtectionDraft.UNANSWERED.hosting();
        ownPremises.set(hosting.ownPremises());
        provider.set(hosting.provider());
        providerAddress.set(hosting.address());
        country.set(hosting.country());
        contract.set(hosting.processingContract());
        transfer.set(facts.transfer() != null);
        transferCountry.set(facts.transfer() == null ? null : facts.transfer().country());
        safeguard.set(facts.transfer() == null ? null : facts.transfer().safeguard());
        loading = false;
    }

    private void follow(Property<?> field, String... paths) {
        field.addListener((property, before, now) -> {
            if (!loading) {
                DataProtectionDraft.change(session, facts -> facts
                        .withHosting(new Hosting(ownPremises.get(), DataProtectionDraft.answer(provider.get()),
                                DataProtectionDraft.answer(providerAddress.get()), DataProtectionDraft.answer(country.get()), contract.get()))
                        .withTransfer(transfer.get() ? new Transfer(DataProtectionDraft.answer(transferCountry.get()), safeguard.get())
                                : null));
                for (String path : paths) {
                    validation.touch(path);
                }
            }
        });
    }

    /** True when the server stands in the organisation's own rooms; false for a hosting provider. */
    public BooleanProperty ownPremisesProperty() {
        return ownPremises;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public StringProperty providerAddressProperty() {
        return providerAddress;
    }

    /** The data centre's country as its two-letter code. */
    public StringProperty countryProperty() {
        return country;
    }

    public BooleanProperty contractProperty() {
        return contract;
    }

    /** True when data go to a country outside the EU/EEA. */
    public BooleanProperty transferProperty() {
        return transfer;
    }

    public StringProperty transferCountryProperty() {
        return transferCountry;
    }

    public ObjectProperty<Safeguard> safeguardProperty() {
        return safeguard;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
