package org.ownmeet.steps.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.HostUserNameRule;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class AccountsViewModelTest {
    private final WizardSession session = StepTests.session();
    private final AccountsViewModel viewModel = new AccountsViewModel(session, StepTests.english());

    @ParameterizedTest
    @ValueSource(strings = {"Ärger Admin", "root", "a@b", "-anna", "jvb"})
    void aNameTheEngineRefusesShowsItsMessageAndIsNotAdded(String typed) {
        viewModel.newNameProperty().set(typed);
        FieldError engine = HostUserNameRule.check(ProfileFields.hostAccount(0), 1, typed).errors().get(0);
        String shown = viewModel.newNameErrorProperty().get();
        assertTrue(StepTests.english().has("field." + engine.code()), "the rule's sentence has its words: " + engine);
        assertEquals(StepTests.english().field(engine), shown);
        assertFalse(shown.startsWith("Host user name"), "the name is in the field already: " + shown);
        assertFalse(viewModel.canAddProperty().get());
        assertFalse(viewModel.add());
        assertEquals(List.of(), session.profile().hostAccounts());
    }

    @Test
    void aNameIsAddedAsTheServerKnowsItAndASecondOneInOtherCaseIsRefused() {
        viewModel.newNameProperty().set("Anna");
        assertEquals("", viewModel.newNameErrorProperty().get());
        assertTrue(viewModel.add());
        assertEquals("", viewModel.newNameProperty().get());
        assertEquals(List.of(new HostAccount("anna")), session.profile().hostAccounts());

        viewModel.newNameProperty().set("ANNA");
        assertTrue(viewModel.newNameErrorProperty().get().startsWith("The same account as \"anna\""),
                viewModel.newNameErrorProperty().get());
        assertFalse(viewModel.add());
        assertEquals(List.of("anna"), viewModel.hosts());
    }

    @Test
    void withNoHostTheEnginesWarningIsSaidButTheStepMayBeLeft() {
        assertTrue(viewModel.canLeaveProperty().get());
        assertTrue(viewModel.noHostsProperty().get().startsWith("With no host, nobody can open a meeting"));
        viewModel.newNameProperty().set("m.becker");
        viewModel.add();
        assertEquals("", viewModel.noHostsProperty().get());
        viewModel.remove(0);
        assertEquals(List.of(), session.profile().hostAccounts());
        assertFalse(viewModel.noHostsProperty().get().isEmpty());
    }

    @Test
    void theLoginShowsTheDomainOnceItIsValid() {
        viewModel.activate();
        assertEquals("", viewModel.loginDomainProperty().get());
        session.update(profile -> withDomain(profile, "meet.müller-schule.de"));
        assertEquals("meet.müller-schule.de", viewModel.loginDomainProperty().get());
        session.update(profile -> withDomain(profile, "meet..example"));
        assertEquals("", viewModel.loginDomainProperty().get());
    }

    @Test
    void aListFromAFileWithAWrongNameHoldsTheStep() {
        WizardSession loaded = StepTests.session(Profile.newProfile().withHostAccounts(List.of(new HostAccount("root"))));
        AccountsViewModel fromFile = new AccountsViewModel(loaded, StepTests.english());
        assertFalse(fromFile.canLeaveProperty().get());
        assertFalse(fromFile.validation().errorProperty("hostAccounts").get().isEmpty());
        fromFile.remove(0);
        assertTrue(fromFile.canLeaveProperty().get());
    }

    private static Profile withDomain(Profile p, String domain) {
        return p.withDomain(domain);
    }
}
