package org.ownmeet.steps.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.SuggestedBases;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.organisation.DataProtectionDraft;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DataProtectionViewTest {
    private final WizardSession session = StepTests.session();
    private DataProtectionStep step;

    @Start
    void start(Stage stage) {
        DataProtectionDraft.change(session, facts -> facts.withControllerType(ControllerType.PUBLIC_BODY).withMeetingsBasis(SuggestedBases.meetings(ControllerType.PUBLIC_BODY))
                .withSecurityBasis(SuggestedBases.security(ControllerType.PUBLIC_BODY)).withAccountsBasis(SuggestedBases.accounts(ControllerType.PUBLIC_BODY)));
        step = new DataProtectionStep(session, StepTests.english());
        StepTests.show(stage, step.view());
        step.onShown();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void tabGoesThroughTheQuestionsInTheirOrder(FxRobot robot) {
        keys(robot, KeyCode.ALT, KeyCode.W);
        List<String> order = new ArrayList<>(List.of(focused(robot)));
        for (int i = 0; i < 9; i++) {
            keys(robot, KeyCode.TAB);
            order.add(focused(robot));
        }
        assertEquals(List.of("participants-pupils_and_minors", "participants-staff", "participants-customers", "participants-guests",
                "participationObligatory", "meetingsBasis", "securityBasis", "accountsBasis", "legalProvision", "authorityName"), order);
    }

    @Test
    void groupsAreTickedWithSpaceAndABasisChosenWithTheKeysIsJudgedAtItsField(FxRobot robot) {
        keys(robot, KeyCode.ALT, KeyCode.W);
        keys(robot, KeyCode.SPACE);
        assertEquals(List.of(ParticipantGroup.PUPILS_AND_MINORS), session.profile().organisation().dataProtection().participants());

        keys(robot, KeyCode.ALT, KeyCode.S);
        assertEquals("securityBasis", focused(robot));
        keys(robot, KeyCode.F4);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.ENTER);
        assertEquals(LegalBasis.LEGITIMATE_INTERESTS, session.profile().organisation().dataProtection().securityBasis());
        Label error = robot.lookup("#securityBasisError").queryAs(Label.class);
        assertTrue(error.isVisible(), "a public body cannot rely on legitimate interests: the engine says so at the field");
        assertEquals(StepTests.english().get("field.legal-basis.public-body-interests"), error.getText());
        assertFalse(step.canLeaveProperty().get());
    }

    @Test
    void theLawIsAskedWhileABasisRestsOnOne(FxRobot robot) {
        Node law = robot.lookup("#legalProvision").query();
        assertTrue(law.isVisible());
        robot.interact(() -> {
            step.viewModel().meetingsBasisProperty().set(LegalBasis.CONSENT);
            step.viewModel().securityBasisProperty().set(LegalBasis.LEGITIMATE_INTERESTS);
            step.viewModel().accountsBasisProperty().set(LegalBasis.CONTRACT);
        });
        assertFalse(law.getParent().isVisible());
    }
}
