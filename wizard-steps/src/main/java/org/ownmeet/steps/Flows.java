package org.ownmeet.steps;

import java.util.List;
import java.util.stream.Stream;

import org.ownmeet.steps.accounts.AccountsStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.connection.ConnectionStep;
import org.ownmeet.steps.dataprotection.DataProtectionStep;
import org.ownmeet.steps.domain.Debounce;
import org.ownmeet.steps.domain.DomainStep;
import org.ownmeet.steps.done.DoneStep;
import org.ownmeet.steps.hosting.HostingStep;
import org.ownmeet.steps.install.InstallStep;
import org.ownmeet.steps.meeting.MeetingStep;
import org.ownmeet.installers.password.OwnPasswordChange;
import org.ownmeet.steps.organisation.OrganisationStep;
import org.ownmeet.steps.password.PasswordChangeStep;
import org.ownmeet.steps.privacy.PrivacyStep;
import org.ownmeet.steps.review.ReviewStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.SummaryStep;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.welcome.WelcomeStep;
import org.ownmeet.steps.work.EngineWork;

/** The wizard's flows: which steps, in which order. */
public final class Flows {
    /** The steps of setting up a new server, by id, in order. */
    public static final List<String> SETUP = List.of("welcome", "connection", "domain", "organisation", "dataprotection",
            "hosting", "accounts", "privacy", "meeting", "review", "install", "done");

    private Flows() {
    }

    /** The steps of managing a server set up before, by id, in order. */
    public static final List<String> MANAGE = List.of("welcome", "connection", "summary", "organisation", "dataprotection",
            "hosting", "accounts", "privacy", "meeting", "domain", "review", "install", "done");

    /** From the start screen to a verified meeting server. */
    public static List<WizardStep> setup(WizardSession session, EngineWork work, Texts texts, WizardServices services) {
        return setup(new WelcomeStep(session, texts), session, work, texts, services);
    }

    /**
     * The steps for what the user chose on the start screen, which is {@code welcome} (kept as it is, so
     * that switching keeps its page).
     */
    public static List<WizardStep> forChoice(StartChoice choice, WelcomeStep welcome, WizardSession session, EngineWork work,
                                             Texts texts, WizardServices services) {
        return switch (choice) {
            case NEW_SERVER -> setup(welcome, session, work, texts, services);
            case MANAGE_SERVER -> manage(welcome, session, work, texts, services);
            case CHANGE_PASSWORD -> Stream.concat(Stream.of(welcome), changePassword(session, work, texts, services).stream()).toList();
        };
    }

    /**
     * From the start screen to a server brought in line: what it holds, then the same pages as the set-up
     * for what may change (the organisation and its data protection facts, hosts, logs and privacy, meeting
     * size, certificate), Review of the differences,
     * Install and Done.
     */
    public static List<WizardStep> manage(WelcomeStep welcome, WizardSession session, EngineWork work, Texts texts,
                                          WizardServices services) {
        return List.of(
                welcome,
                new ConnectionStep(session, work, texts),
                new SummaryStep(session, work, texts, services.savedProfiles(), services.linkOpener()),
                new OrganisationStep(session, texts),
                new DataProtectionStep(session, texts),
                new HostingStep(session, texts),
                new AccountsStep(session, texts),
                new PrivacyStep(session, texts),
                new MeetingStep(session, texts),
                new DomainStep(session, work, texts, services.domainLookup(), Debounce.after(DomainStep.PAUSE, work::onUi)),
                new ReviewStep(session, work, texts),
                new InstallStep(session, work, texts),
                new DoneStep(session, work, texts, services.linkOpener()));
    }

    private static List<WizardStep> setup(WelcomeStep welcome, WizardSession session, EngineWork work, Texts texts,
                                          WizardServices services) {
        return List.of(
                welcome,
                new ConnectionStep(session, work, texts),
                new DomainStep(session, work, texts, services.domainLookup(), Debounce.after(DomainStep.PAUSE, work::onUi)),
                new OrganisationStep(session, texts),
                new DataProtectionStep(session, texts),
                new HostingStep(session, texts),
                new AccountsStep(session, texts),
                new PrivacyStep(session, texts),
                new MeetingStep(session, texts),
                new ReviewStep(session, work, texts),
                new InstallStep(session, work, texts),
                new DoneStep(session, work, texts, services.linkOpener()));
    }

    /**
     * The start screen's "Change my password", the steps after the start screen: a host replaces their
     * one-time password with their own on the meeting server (HTTPS, no SSH, no administrator).
     */
    public static List<WizardStep> changePassword(WizardSession session, EngineWork work, Texts texts, WizardServices services) {
        return List.of(new PasswordChangeStep(work, texts, services.meetingServer(), new OwnPasswordChange()::change));
    }
}
