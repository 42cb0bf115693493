package org.ownmeet.steps.domain;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The domain field, where it points (with the record to create when it does not point to the server), and the certificate choice. */
final class DomainView {
    private static final String STYLES = DomainView.class.getResource("domain.css").toExternalForm();

    private DomainView() {
    }

    static Node create(DomainViewModel viewModel, Texts texts) {
        TextField domain = new TextField(viewModel.domainProperty().get());
        domain.setId("domainName");
        domain.setPromptText(texts.get("domain.name.prompt"));
        domain.textProperty().bindBidirectional(viewModel.domainProperty());
        var validation = viewModel.validation();
        Fields.touchOnLeave(domain, validation, ProfileFields.DOMAIN);
        Node domainRow = FormRow.of(texts.get("domain.name"), domain, texts.get("domain.name.why"),
                validation.errorProperty(ProfileFields.DOMAIN), validation.warningProperty(ProfileFields.DOMAIN));

        VBox page = StepPage.create("domain",
                StepPage.text(texts.get("domain.intro")),
                domainRow,
                dnsCard(viewModel, texts),
                StepPage.section(texts.get("domain.certificate.heading")),
                CertificateChoiceView.create(viewModel, texts));
        page.getStylesheets().add(STYLES);
        return page;
    }

    private static Node dnsCard(DomainViewModel viewModel, Texts texts) {
        DnsCheckViewModel dns = viewModel.dns();
        Label summary = wrapped("dnsSummary", "step-text");
        summary.textProperty().bind(dns.summaryProperty());
        Label instructions = wrapped("dnsInstructions", "dns-instructions");
        instructions.textProperty().bind(dns.instructionsProperty());
        showOnlyWithText(instructions);
        Label consequence = wrapped("dnsConsequence", "dns-consequence");
        consequence.textProperty().bind(viewModel.dnsConsequenceProperty());
        showOnlyWithText(consequence);
        Button again = new Button(texts.get("domain.dns.again"));
        again.setId("dnsCheckAgain");
        again.setMnemonicParsing(true);
        again.disableProperty().bind(Bindings.createBooleanBinding(() -> dns.state() == DnsState.CHECKING
                || dns.state() == DnsState.NOT_CHECKED, dns.verdictProperty()));
        again.setOnAction(event -> dns.checkAgain());

        VBox card = StepPage.card(StepPage.section(texts.get("domain.dns.heading")), summary, instructions, consequence, again);
        card.setId("dnsCard");
        dns.verdictProperty().addListener((property, before, now) -> style(card, viewModel));
        viewModel.dnsBlocksProperty().addListener((property, before, now) -> style(card, viewModel));
        style(card, viewModel);
        return card;
    }

    /** Green when the domain points to the server; red when that stops the step, amber when it only warns. */
    private static void style(VBox card, DomainViewModel viewModel) {
        card.getStyleClass().removeAll("success", "warning", "danger");
        DnsState state = viewModel.dns().state();
        if (state == DnsState.POINTS_HERE) {
            card.getStyleClass().add("success");
        } else if (state == DnsState.ELSEWHERE || state == DnsState.NOT_FOUND) {
            card.getStyleClass().add(viewModel.dnsBlocksProperty().get() ? "danger" : "warning");
        }
    }

    static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
