package org.ownmeet.steps.hosting;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.BoundControls;
import org.ownmeet.steps.api.FieldRow;
import org.ownmeet.steps.api.GroupRow;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;

/** Provider or own premises, the provider's details, the country, and the transfer outside the EU/EEA with its safeguard. */
final class HostingView {
    private HostingView() {
    }

    static Node create(HostingViewModel viewModel, Texts texts) {
        StepValidation validation = viewModel.validation();
        TextArea address = BoundControls.address("providerAddress", 2, viewModel.providerAddressProperty());
        VBox provider = shownWhen(Bindings.not(viewModel.ownPremisesProperty()),
                FieldRow.of(texts, "hosting.provider", BoundControls.textField("providerName", viewModel.providerProperty()), validation,
                        ProfileFields.HOSTING_PROVIDER),
                FieldRow.of(texts, "hosting.address", address, validation, ProfileFields.HOSTING_ADDRESS),
                GroupRow.of("processingContract", texts.get("hosting.contract"), new FlowPane(BoundControls.checkBox("processingContract",
                        texts.get("hosting.contract.box"), viewModel.contractProperty())), texts.get("hosting.contract.why"), null,
                        validation.warningProperty(HostingViewModel.CONTRACT)));
        provider.setId("providerBox");

        VBox away = shownWhen(viewModel.transferProperty(),
                FieldRow.of(texts, "hosting.transferCountry", BoundControls.textField("transferCountry", viewModel.transferCountryProperty()),
                        validation, ProfileFields.TRANSFER_COUNTRY),
                FieldRow.of(texts, "hosting.safeguard", BoundControls.dropDown("safeguard", Safeguard.values(),
                        safeguard -> texts.get("hosting.safeguard." + safeguard.name()), viewModel.safeguardProperty()),
                        validation, ProfileFields.TRANSFER_SAFEGUARD));
        away.setId("transferBox");
        // with the box ticked, the transfer's own fields say what is wrong; the row says only that one is needed
        ObservableStringValue transferNeeded = Bindings.when(viewModel.transferProperty()).then("")
                .otherwise(validation.errorProperty(ProfileFields.TRANSFER));

        return StepPage.create("hosting",
                StepPage.text(texts.get("hosting.intro")),
                GroupRow.of("hostingPlace", texts.get("hosting.place"), place(viewModel.ownPremisesProperty(), texts),
                        texts.get("hosting.place.why"), null, null),
                provider,
                FieldRow.of(texts, "hosting.country", BoundControls.textField("hostingCountry", viewModel.countryProperty()), validation,
                        ProfileFields.HOSTING_COUNTRY),
                GroupRow.of("transfer", texts.get("hosting.transfer"), new FlowPane(BoundControls.checkBox("transfer",
                        texts.get("hosting.transfer.box"), viewModel.transferProperty())), texts.get("hosting.transfer.why"),
                        transferNeeded, null),
                away);
    }

    /** Two radio buttons: at a hosting provider, or on the organisation's own premises. */
    private static FlowPane place(BooleanProperty ownPremises, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        RadioButton atProvider = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("hosting.place.provider")));
        atProvider.setId("placeProvider");
        RadioButton own = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("hosting.place.own")));
        own.setId("placeOwn");
        atProvider.setToggleGroup(group);
        own.setToggleGroup(group);
        (ownPremises.get() ? own : atProvider).setSelected(true);
        own.selectedProperty().addListener((property, was, now) -> ownPremises.set(now));
        ownPremises.addListener((property, was, now) -> (now ? own : atProvider).setSelected(true));
        return new FlowPane(16, 6, atProvider, own);
    }

    private static VBox shownWhen(javafx.beans.value.ObservableBooleanValue condition, Node... rows) {
        VBox box = new VBox(14, rows);
        box.visibleProperty().bind(condition);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
