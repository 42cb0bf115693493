package org.ownmeet.steps.documents;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ownmeet.installers.documents.ServerEvidence;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.session.WizardSession;

/**
 * The Done step's documents: the profile the install just applied (normalised as the engine applied
 * it) and the install's own verification, with the time it arrived and the versions the run installed.
 * No verification (it did not run): the documents say so.
 */
public final class InstalledSource implements DocumentSource {
    private final WizardSession session;
    private Instant verifiedAt;

    public InstalledSource(WizardSession session) {
        this.session = session;
        verifiedAt = session.reportProperty().get() == null ? null : Instant.now();
        session.reportProperty().addListener((property, before, now) -> verifiedAt = now == null ? null : Instant.now());
    }

    @Override
    public String profileLanguage() {
        return session.profile().language();
    }

    @Override
    public Callable<AppliedState> capture() {
        Profile draft = session.profile();
        VerificationReport report = session.reportProperty().get();
        ApplyResult applied = session.appliedProperty().get();
        ServerEvidence evidence = new ServerEvidence(report, report == null ? null : verifiedAt,
                applied == null ? Map.of() : applied.versions());
        return () -> {
            Profile normalised = ProfileValidator.validate(draft).normalised();
            return new AppliedState(normalised != null ? normalised : draft, evidence);
        };
    }
}
