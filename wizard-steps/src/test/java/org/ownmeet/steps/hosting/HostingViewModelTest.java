package org.ownmeet.steps.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

class HostingViewModelTest {
    private final Texts texts = StepTests.english();
    private final WizardSession session = StepTests.session();
    private final HostingViewModel viewModel = new HostingViewModel(session, texts);

    private String error(String path) {
        return viewModel.validation().errorProperty(path).get();
    }

    private DataProtection facts() {
        return session.profile().organisation().dataProtection();
    }

    @Test
    void aProviderIsTheDefaultAndItsNameAndCountryAreAsked() {
        viewModel.begin();
        assertFalse(viewModel.ownPremisesProperty().get());
        assertFalse(viewModel.validProperty().get());
        viewModel.validation().showAll();
        assertEquals(texts.get("field.hosting-provider.missing"), error(ProfileFields.HOSTING_PROVIDER));
        assertEquals(texts.get("field.country.missing"), error(ProfileFields.HOSTING_COUNTRY));

        viewModel.providerProperty().set("Hosting Example GmbH");
        viewModel.providerAddressProperty().set("Rechenzentrumsweg 1\n90000 Nürnberg");
        viewModel.countryProperty().set("DE");
        assertTrue(viewModel.validProperty().get());
        assertEquals(texts.format("field.hosting.no-contract"), viewModel.validation().warningProperty(HostingViewModel.CONTRACT).get());
        viewModel.contractProperty().set(true);
        assertEquals("", viewModel.validation().warningProperty(HostingViewModel.CONTRACT).get());
        assertEquals(new Hosting(false, "Hosting Example GmbH", "Rechenzentrumsweg 1\n90000 Nürnberg", "DE", true), facts().hosting());
    }

    @Test
    void onOwnPremisesNoProviderIsAsked() {
        viewModel.begin();
        viewModel.ownPremisesProperty().set(true);
        assertTrue(viewModel.validProperty().get());
        assertTrue(facts().hosting().ownPremises());
    }

    @Test
    void aDataCentreOutsideTheEeaAsksForTheSafeguardOfTheTransfer() {
        viewModel.begin();
        viewModel.providerProperty().set("Example Cloud Inc.");
        viewModel.countryProperty().set("US");
        assertEquals(texts.format("field.transfer.missing", "US"), error(ProfileFields.TRANSFER));
        viewModel.transferProperty().set(true);
        viewModel.transferCountryProperty().set("XX");
        assertEquals(texts.format("field.country.unknown", "\"XX\""), error(ProfileFields.TRANSFER_COUNTRY));
        viewModel.transferCountryProperty().set("US");
        viewModel.validation().showAll();
        assertEquals(texts.get("field.transfer-safeguard.missing"), error(ProfileFields.TRANSFER_SAFEGUARD));
        viewModel.safeguardProperty().set(Safeguard.STANDARD_CONTRACTUAL_CLAUSES);
        assertTrue(viewModel.validProperty().get());
        assertEquals(new Transfer("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES), facts().transfer());

        viewModel.transferProperty().set(false);
        assertNull(facts().transfer());
    }
}
