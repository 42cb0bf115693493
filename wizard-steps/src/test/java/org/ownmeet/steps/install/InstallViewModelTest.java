package org.ownmeet.steps.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.session.ApplyCancelledProblem;
import org.ownmeet.installers.engine.HostsMadeBefore;
import org.ownmeet.installers.engine.RestartFailedProblem;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.install.InstallViewModel.Phase;
import org.ownmeet.steps.install.InstallerRow.State;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class InstallViewModelTest {
    private final WizardSession session = StepTests.session();
    private final FakeEngineRun engine = new FakeEngineRun();
    private final AtomicLong clock = new AtomicLong();

    private InstallViewModel viewModel(EngineWork work, Consumer<Runnable> pulse) {
        return new InstallViewModel(session, work, StepTests.english(), () -> engine, pulse, clock::get);
    }

    private final InstallViewModel viewModel = viewModel(EngineWork.direct(), Runnable::run);

    private State state(String id) {
        return viewModel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().state();
    }

    static SshEvent line(String text) {
        return new SshEvent.OutputLine("install", SshEvent.Stream.STDOUT, text);
    }

    @Test
    void eventsMoveTheRowsTheProgressAndTheLogAndSkippedStepsHadNothingToChange() {
        List<String> seen = new ArrayList<>();
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("packages", "Install Jitsi Meet"));
            seen.add(state("packages") + " " + viewModel.phaseProperty().get() + " back=" + viewModel.canGoBackProperty().get());
            listener.on(line("Setting up jitsi-meet"));
            listener.on(new SshEvent.CommandStarted("apt-get install"));
            listener.on(new EngineEvent.StepFinished("packages", Duration.ofMillis(1500)));
            listener.on(new EngineEvent.StepStarted("privacy", "Meetings contact nobody"));
            seen.add(state("authentication") + " " + state("privacy") + " " + viewModel.finishedProperty().get());
            listener.on(new EngineEvent.ChangeMade("privacy", "Change /etc/jitsi/meet/config.js: no outside calls"));
            listener.on(new EngineEvent.StepFinished("privacy", Duration.ofMillis(200)));
        });
        clock.set(65_000_000_000L);
        viewModel.onShown();

        assertEquals(List.of("RUNNING RUNNING back=false", "UNCHANGED RUNNING 5"), seen);
        assertEquals(Phase.SUCCEEDED, viewModel.phaseProperty().get());
        assertEquals(State.DONE, state("packages"));
        assertEquals(State.DONE, state("privacy"));
        assertEquals(State.UNCHANGED, state("logging"));
        assertEquals(1.0, viewModel.progressProperty().get());
        assertEquals("==> Install Jitsi Meet", viewModel.log().get(0));
        assertEquals("    | Setting up jitsi-meet", viewModel.log().get(1));
        assertTrue(viewModel.log().contains("  - Change /etc/jitsi/meet/config.js: no outside calls"));
        assertEquals(6, viewModel.log().size(), "connection events other than output print nothing: " + viewModel.log());
        assertNotNull(session.appliedProperty().get());
        assertNotNull(session.reportProperty().get());
        assertTrue(viewModel.canLeaveProperty().get());
        assertTrue(viewModel.serverChanged());
    }

    @Test
    void eventsReachTheUiInOneBatchPerPulseAndTheLogKeepsItsNewestLines() {
        List<Runnable> pulses = new ArrayList<>();
        InstallViewModel batched = viewModel(EngineWork.direct(), pulses::add);
        AtomicInteger changes = new AtomicInteger();
        batched.log().addListener((ListChangeListener<String>) change -> changes.incrementAndGet());
        engine.apply(listener -> {
            for (int i = 0; i < 500; i++) {
                listener.on(line("line " + i));
            }
            assertEquals(1, pulses.size(), "one hand-over is due, not one per line");
            assertTrue(batched.log().isEmpty(), "nothing reaches the UI before the pulse");
            pulses.get(0).run();
            assertEquals(500, batched.log().size());
            assertEquals(1, changes.get());
            for (int i = 500; i < 3500; i++) {
                listener.on(line("line " + i));
            }
            assertEquals(2, pulses.size());
        });
        batched.onShown();

        assertEquals(Phase.SUCCEEDED, batched.phaseProperty().get(), "the script's own checks passed");
        assertEquals(InstallProgress.LOG_LIMIT, batched.log().size(), "the run's end hands over what is left");
        assertEquals("    | line 3499", batched.log().get(InstallProgress.LOG_LIMIT - 1));
    }

    @Test
    void theBannerShowsWhileSystemUpdatesHoldThePackageManager() {
        List<String> banner = new ArrayList<>();
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("packages", "Install Jitsi Meet"));
            listener.on(new EngineEvent.Waiting("System updates are in progress on the server (unattended-upgr, process 12)"));
            banner.add(viewModel.waitingProperty().get());
            listener.on(line("OWNMEET-WAITING-FOR-PACKAGES 12 unattended-upgr"));
            banner.add(viewModel.waitingProperty().get());
            listener.on(line("Reading package lists..."));
            banner.add(viewModel.waitingProperty().get());
        });
        viewModel.onShown();

        assertEquals(List.of("System updates are running on the server; OwnMeet waits for them to finish.",
                "System updates are running on the server; OwnMeet waits for them to finish.", ""), banner);
    }

    @Test
    void aFailureSaysWhatWasPutBackAndRetryRunsAgain() {
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings"));
            listener.on(new EngineEvent.ChecksFailedAndUndone("Only hosts open meetings", "PROSODY", "error: bad option"));
            throw new ChangeRejectedProblem("Only hosts open meetings", "prosodyctl check config", "error: bad option");
        }).apply(listener -> listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings")));
        viewModel.onShown();

        assertEquals(Phase.FAILED, viewModel.phaseProperty().get());
        assertEquals(State.UNCHANGED, state("packages"));
        assertEquals(State.FAILED, state("authentication"));
        assertEquals(State.NOT_RUN, state("logging"));
        assertEquals(List.of("The Prosody configuration check failed, so OwnMeet put the files back as they were."), viewModel.outcome().undone());
        assertTrue(viewModel.outcome().problemProperty().get().contains("did not pass the server's own check"));
        assertTrue(viewModel.outcome().problemDetailProperty().get().startsWith("prosodyctl check config failed"));
        assertTrue(viewModel.canGoBackProperty().get(), "the user may go back and fix a setting");
        assertFalse(viewModel.canLeaveProperty().get());

        viewModel.retry();
        assertEquals(2, engine.applyCalls);
        assertEquals(Phase.SUCCEEDED, viewModel.phaseProperty().get());
        assertTrue(viewModel.outcome().undone().isEmpty());
        assertEquals(State.DONE, state("authentication"));
    }

    @Test
    void anInvalidProfileNamesTheFieldOfEachAnswerToCorrect() {
        List<FieldError> errors = ProfileValidator.validate(ProfileSamples.school().withDomain("")).errors();
        engine.apply(listener -> {
            throw new InvalidProfileProblem(errors);
        });
        viewModel.onShown();

        assertEquals(Phase.FAILED, viewModel.phaseProperty().get());
        assertTrue(viewModel.outcome().problemProperty().get().endsWith(
                ": Domain: " + StepTests.english().get("field.domain.missing")), viewModel.outcome().problemProperty().get());
    }

    @Test
    void cancelAsksStopsTheEngineAndSaysWhatIsDoneAndWhatIsLeft() {
        Deque<Runnable> background = new ArrayDeque<>();
        InstallViewModel stepping = viewModel(new EngineWork(background::add, Runnable::run), Runnable::run);
        assertFalse(stepping.cancel(() -> true), "before the run, Cancel is the shell's to ask");
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("packages", "Install Jitsi Meet"));
            listener.on(new EngineEvent.StepFinished("packages", Duration.ofSeconds(80)));
            listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings"));
            throw new ApplyCancelledProblem(List.of("packages"), List.of("authentication", "firewall"));
        });
        stepping.onShown();
        assertFalse(stepping.canGoBackProperty().get(), "Back is off while the run changes the server");

        AtomicInteger asked = new AtomicInteger();
        assertTrue(stepping.cancel(() -> asked.incrementAndGet() < 0), "the user said no: the run goes on, the page stays");
        assertFalse(engine.cancelled);
        assertTrue(stepping.cancel(() -> asked.incrementAndGet() > 0));
        assertTrue(engine.cancelled);
        assertTrue(stepping.cancellingProperty().get());
        assertTrue(stepping.cancel(() -> asked.incrementAndGet() > 0));
        assertEquals(2, asked.get(), "a second Cancel while stopping asks nothing");

        background.poll().run();
        assertEquals(Phase.CANCELLED, stepping.phaseProperty().get());
        assertEquals(List.of("Install Jitsi Meet"), stepping.outcome().done());
        assertEquals(List.of("Only hosts open meetings, guests join without an account", "Set up the firewall"), stepping.outcome().left());
        assertEquals(State.NOT_RUN, stepping.rows().get(2).state());
        assertTrue(stepping.canGoBackProperty().get());
        assertFalse(stepping.cancellingProperty().get());
        assertFalse(stepping.cancel(() -> true));
    }

    @Test
    void passwordsOfHostsMadeBeforeAStopAreShownThenHandedToDoneAndWipedOnClose() {
        HostCredential anna = new HostCredential("anna", Secret.of("first-secret".toCharArray()));
        engine.apply(listener -> {
            throw new ApplyCancelledProblem(List.of("packages", "accounts"), List.of("firewall"), List.of(anna));
        }).apply(listener -> { });
        viewModel.onShown();

        assertEquals(Phase.CANCELLED, viewModel.phaseProperty().get());
        assertEquals(List.of(anna), viewModel.earlierHosts().list(), "the stopped card shows them");
        assertEquals("first-secret", viewModel.earlierHosts().passwordText(anna));

        viewModel.retry();
        assertEquals(Phase.SUCCEEDED, viewModel.phaseProperty().get());
        assertEquals(List.of(anna), session.appliedProperty().get().newHosts(),
                "the finishing run made no account for anna again, so Done gets hers from the stop");

        viewModel.close();
        assertTrue(viewModel.earlierHosts().list().isEmpty());
        assertThrows(IllegalStateException.class, anna.oneTimePassword()::chars, "wiped");
    }

    @Test
    void passwordsOfHostsMadeBeforeAFailureAreShownAndHandedToDone() {
        HostCredential ben = new HostCredential("ben", Secret.of("made-then-failed".toCharArray()));
        engine.apply(listener -> {
            throw HostsMadeBefore.attach(new RestartFailedProblem("nginx", "Job for nginx.service failed"), List.of(ben));
        }).apply(listener -> { });
        viewModel.onShown();

        assertEquals(Phase.FAILED, viewModel.phaseProperty().get());
        assertEquals(List.of(ben), viewModel.earlierHosts().list(), "the failed card shows them");
        viewModel.retry();
        assertEquals(List.of(ben), session.appliedProperty().get().newHosts(), "the run that finishes hands them to Done");
    }

    @Test
    void comingBackAfterSuccessRunsNothingUnlessTheAnswersChanged() {
        viewModel.onShown();
        viewModel.onShown();
        assertEquals(1, engine.applyCalls);
        assertEquals(1, engine.verifyCalls);

        session.update(profile -> profile.withOrganisation(new org.ownmeet.installers.profile.Profile.Organisation("School", null, null, null)));
        viewModel.onShown();
        assertEquals(2, engine.applyCalls);
    }

    @Test
    void theElapsedTimeCountsWhileTheRunGoesOnAndStopsAtItsEnd() {
        Deque<Runnable> background = new ArrayDeque<>();
        InstallViewModel stepping = viewModel(new EngineWork(background::add, Runnable::run), Runnable::run);
        stepping.onShown();
        clock.set(65_000_000_000L);
        stepping.tick();
        assertEquals("01:05", stepping.elapsedProperty().get());

        background.poll().run();
        background.poll().run();
        clock.set(500_000_000_000L);
        stepping.tick();
        assertEquals("01:05", stepping.elapsedProperty().get());
        assertEquals(Phase.SUCCEEDED, stepping.phaseProperty().get());
    }
}
