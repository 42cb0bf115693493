package org.ownmeet.steps.dataprotection;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.BoundControls;
import org.ownmeet.steps.api.FieldRow;
import org.ownmeet.steps.api.GroupRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;

/** Who takes part (check boxes), whether it is obligatory, a drop-down per purpose's legal basis, the law, the authority. */
final class DataProtectionView {
    private DataProtectionView() {
    }

    static Node create(DataProtectionViewModel viewModel, Texts texts) {
        StepValidation validation = viewModel.validation();
        FlowPane groups = new FlowPane(16, 6);
        for (ParticipantGroup group : ParticipantGroup.values()) {
            groups.getChildren().add(BoundControls.checkBox("participants-" + group.name().toLowerCase(java.util.Locale.ROOT),
                    texts.get("dataprotection.participants." + group.name()), viewModel.participantProperty(group)));
        }
        FlowPane obligatory = new FlowPane(BoundControls.checkBox("participationObligatory", texts.get("dataprotection.obligatory.box"),
                viewModel.obligatoryProperty()));

        TextField law = BoundControls.textField("legalProvision", viewModel.legalProvisionProperty());
        VBox lawRow = FieldRow.of(texts, "dataprotection.law", law, validation, ProfileFields.LEGAL_PROVISION);
        lawRow.visibleProperty().bind(viewModel.lawAskedProperty());
        lawRow.managedProperty().bind(lawRow.visibleProperty());
        TextArea authorityAddress = BoundControls.address("authorityAddress", 2, viewModel.authorityAddressProperty());

        return StepPage.create("dataprotection",
                StepPage.text(texts.get("dataprotection.intro")),
                GroupRow.of("participants", texts.get("dataprotection.participants"), groups,
                        texts.get("dataprotection.participants.why"), validation.errorProperty(ProfileFields.PARTICIPANTS), null),
                GroupRow.of("participationObligatory", texts.get("dataprotection.obligatory"), obligatory,
                        texts.get("dataprotection.obligatory.why"), validation.errorProperty(ProfileFields.PARTICIPATION_OBLIGATORY),
                        null),
                StepPage.section(texts.get("dataprotection.bases")),
                StepPage.text(texts.get("dataprotection.bases.intro")),
                basis(texts, "meetings", viewModel.meetingsBasisProperty(), validation, ProfileFields.MEETINGS_BASIS),
                basis(texts, "security", viewModel.securityBasisProperty(), validation, ProfileFields.SECURITY_BASIS),
                basis(texts, "accounts", viewModel.accountsBasisProperty(), validation, ProfileFields.ACCOUNTS_BASIS),
                lawRow,
                StepPage.section(texts.get("dataprotection.complaints")),
                FieldRow.of(texts, "dataprotection.authority", BoundControls.textField("authorityName",
                        viewModel.authorityNameProperty()), validation, ProfileFields.AUTHORITY_NAME),
                FieldRow.of(texts, "dataprotection.authorityAddress", authorityAddress, validation, ProfileFields.AUTHORITY_ADDRESS));
    }

    private static Node basis(Texts texts, String purpose, ObjectProperty<LegalBasis> value, StepValidation validation, String path) {
        ComboBox<LegalBasis> list = BoundControls.dropDown(purpose + "Basis", LegalBasis.values(),
                basis -> texts.get("dataprotection.basis." + basis.letter()), value);
        list.setMaxWidth(480);
        list.valueProperty().addListener((property, before, now) -> validation.touch(path));
        return FieldRow.of(texts, "dataprotection.basis." + purpose, list, validation, path);
    }
}
