package org.ownmeet.steps.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.review.DiffLine.Kind;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class ReviewViewModelTest {
    private final WizardSession session = StepTests.session();
    private final FakeEngineRun engine = new FakeEngineRun();
    private final ReviewViewModel viewModel = new ReviewViewModel(session, EngineWork.direct(), StepTests.english(), () -> engine);

    static Plan plan() {
        return new Plan(List.of(
                new Plan.Step("packages", "Install Jitsi Meet", List.of(new PendingChange("Install jitsi-meet", "jitsi-meet\nprosody\n"))),
                new Plan.Step("authentication", "Only hosts open meetings", List.of(
                        FakeEngineRun.file("/etc/prosody/conf.d/meet.cfg.lua", "a\nb\nkeep\n", "a\nc\nkeep\n", "prosody", "jicofo")),
                        List.of(Notice.of("test.lobby", "Guests wait in the lobby"))),
                new Plan.Step("privacy", "Meetings contact nobody", List.of())));
    }

    @Test
    void thePlanIsGroupedByInstallerWithEachDiffLineClassified() {
        engine.plan(plan());
        viewModel.plan();

        assertEquals(ReviewViewModel.State.READY, viewModel.stateProperty().get());
        assertTrue(viewModel.loadedProperty().get());
        assertNotNullPlan();
        assertEquals("OwnMeet will make 2 changes on your server, listed below.", viewModel.summaryProperty().get());
        assertEquals(List.of("packages", "authentication", "privacy"), viewModel.groups().stream().map(PlanGroup::id).toList());

        PlanGroup auth = viewModel.groups().get(1);
        assertEquals(StepTests.english().installer("authentication", "Only hosts open meetings"), auth.title());
        assertEquals(StepTests.english().get("installer.authentication"), auth.title(), "the installer's title is translated");
        assertEquals(List.of("Guests wait in the lobby"), auth.warnings(), "a warning without translation in the engine's English");
        assertEquals(List.of("jicofo", "prosody"), auth.restarts());
        PlannedChange file = auth.changes().get(0);
        assertEquals(PlannedChange.Kind.FILE, file.kind());
        assertTrue(file.summary().startsWith("Change /etc/prosody/conf.d/meet.cfg.lua"));
        assertEquals(List.of(Kind.HEADER, Kind.HEADER, Kind.HUNK, Kind.CONTEXT, Kind.REMOVED, Kind.ADDED, Kind.CONTEXT),
                file.detail().stream().map(DiffLine::kind).toList().subList(0, 7));
        assertTrue(file.detail().contains(new DiffLine(Kind.ADDED, "+c")));
        assertTrue(file.detail().contains(new DiffLine(Kind.REMOVED, "-b")));

        PlannedChange pending = viewModel.groups().get(0).changes().get(0);
        assertEquals(PlannedChange.Kind.PENDING, pending.kind());
        assertEquals(List.of(new DiffLine(Kind.CONTEXT, "jitsi-meet"), new DiffLine(Kind.CONTEXT, "prosody")), pending.detail());
        assertTrue(viewModel.groups().get(2).nothingToChange());
    }

    private void assertNotNullPlan() {
        assertTrue(session.planProperty().get() != null && session.planProperty().get().changeCount() == 2);
    }

    @Test
    void managingAServerShowsOnlyTheInstallersWithChanges() {
        session.startChoiceProperty().set(org.ownmeet.steps.welcome.StartChoice.MANAGE_SERVER);
        engine.plan(plan());
        viewModel.plan();
        assertEquals(List.of("packages", "authentication"), viewModel.groups().stream().map(PlanGroup::id).toList());
        assertEquals("OwnMeet will make 2 changes on your server, listed below. Only what differs from your server is listed; "
                + "everything else stays as it is.", viewModel.summaryProperty().get());
    }

    @Test
    void aRemovedLineThatStartsWithDashesIsStillARemovedLine() {
        List<DiffLine> lines = DiffLine.ofDiff("--- a\n+++ a\n@@ -1,2 +1,1 @@\n--- old comment\n+++ new comment\n same\n");
        assertEquals(List.of(Kind.HEADER, Kind.HEADER, Kind.HUNK, Kind.REMOVED, Kind.ADDED, Kind.CONTEXT),
                lines.stream().map(DiffLine::kind).toList());
    }

    @Test
    void aPlanWithNothingToChangeSaysSoPlainly() {
        engine.plan(new Plan(List.of(new Plan.Step("packages", "Install Jitsi Meet", List.of()))));
        viewModel.plan();

        assertTrue(viewModel.nothingToChangeProperty().get());
        assertEquals("Your server is already set up as you asked: nothing to change.", viewModel.summaryProperty().get());
        assertTrue(viewModel.loadedProperty().get(), "the user may still go on (Install converges, Done checks)");
    }

    @Test
    void anInvalidProfileShowsTheEnginesMessagesAndPlanAgainTriesAnew() {
        List<FieldError> errors = withoutDomain();
        engine.plan(new InvalidProfileProblem(errors)).plan(plan());
        viewModel.plan();

        assertEquals(ReviewViewModel.State.FAILED, viewModel.stateProperty().get());
        assertFalse(viewModel.loadedProperty().get());
        assertEquals(errors.stream().map(StepTests.english()::fieldWithName).toList(), viewModel.problemFields());
        assertEquals("Domain: " + StepTests.english().get("field.domain.missing"), viewModel.problemFields().get(0),
                "each answer to correct in the texts' words with its field's name, not the engine's joined English");
        assertEquals(StepTests.english().format("problem.invalid-profile", "").strip(), viewModel.problemProperty().get());
        assertFalse(viewModel.problemProperty().get().contains(errors.get(0).message()), "the English list is not said again");
        assertTrue(viewModel.problemDetailProperty().get().contains("domain"));
        assertNull(session.planProperty().get());

        viewModel.plan();
        assertEquals(ReviewViewModel.State.READY, viewModel.stateProperty().get());
        assertEquals("", viewModel.problemProperty().get());
        assertTrue(viewModel.problemFields().isEmpty());
    }

    @Test
    void aPlanWarningIsSaidInTheChosenLanguage() {
        Notice blocked = Notice.of("firewall.rule-blocks", "A firewall rule of your own blocks 10000/udp (media), which the "
                + "meetings need. OwnMeet leaves your rules alone; remove it with 'ufw delete'.", "10000/udp", "media");
        engine.plan(new Plan(List.of(new Plan.Step("firewall", "Set up the firewall", List.of(), List.of(blocked)))));
        ReviewViewModel inGerman = new ReviewViewModel(session, EngineWork.direct(), Texts.forLocale(Locale.GERMAN), () -> engine);
        inGerman.plan();

        assertEquals(List.of("Eine eigene Firewall-Regel sperrt 10000/udp (media), das die Konferenzen brauchen. OwnMeet lässt Ihre "
                + "Regeln in Ruhe; entfernen Sie sie mit „ufw delete“."), inGerman.groups().get(0).warnings());
    }

    @Test
    void anInvalidProfileIsSaidAllInTheChosenLanguage() {
        Texts german = Texts.forLocale(Locale.GERMAN);
        ReviewViewModel inGerman = new ReviewViewModel(session, EngineWork.direct(), german, () -> engine);
        List<FieldError> errors = withoutDomain();
        engine.plan(new InvalidProfileProblem(errors));
        inGerman.plan();

        assertEquals(errors.stream().map(german::fieldWithName).toList(), inGerman.problemFields());
        assertEquals("Domain: " + german.get("field.domain.missing"), inGerman.problemFields().get(0));
        assertEquals(german.format("problem.invalid-profile", "").strip(), inGerman.problemProperty().get());
        assertFalse(inGerman.problemProperty().get().contains(errors.get(0).message()), "no English: " + inGerman.problemProperty().get());
    }

    /** The engine's own errors for a profile without a domain, as planning would find them. */
    static List<FieldError> withoutDomain() {
        List<FieldError> errors = ProfileValidator.validate(ProfileSamples.school().withDomain(""))
                .errorsFor(ProfileFields.DOMAIN);
        assertFalse(errors.isEmpty());
        return errors;
    }

    @Test
    void eachShowingPlansAnewAndOnlyTheNewestAnswerCounts() {
        Deque<Runnable> background = new ArrayDeque<>();
        Plan older = plan();
        Plan newer = new Plan(List.of());
        engine.plan(older).plan(newer);
        ReviewStep step = new ReviewStep(new ReviewViewModel(session, new EngineWork(background::add, Runnable::run),
                StepTests.english(), () -> engine), StepTests.english());
        step.onShown();
        assertEquals(ReviewViewModel.State.LOADING, step.viewModel().stateProperty().get());
        assertFalse(step.canLeaveProperty().get());
        step.onShown();

        background.poll().run();
        assertEquals(ReviewViewModel.State.LOADING, step.viewModel().stateProperty().get(), "an older plan is not shown");
        background.poll().run();
        assertSame(newer, session.planProperty().get());
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void withoutAConnectionThePageSaysSo() {
        ReviewViewModel unconnected = new ReviewViewModel(session, EngineWork.direct(), StepTests.english());
        unconnected.plan();
        assertEquals(ReviewViewModel.State.FAILED, unconnected.stateProperty().get());
        assertTrue(unconnected.problemProperty().get().contains("not connected"));
    }
}
