package org.ownmeet.steps.documents;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ownmeet.installers.documents.ServerEvidence;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.session.WizardSession;

/**
 * Manage mode's documents, without applying anything: the profile OwnMeet recorded on the server (not
 * the draft being edited), verified now on the open connection as {@code ownmeet documents} does, once
 * per record read; the verification is kept for the next export or preview.
 */
public final class ServerSource implements DocumentSource {
    private final WizardSession session;
    private final Supplier<Function<Profile, VerificationReport>> verifier;
    /** The state verified for a record, set in the background, read on the UI thread. */
    private volatile Verified verified;

    private record Verified(AppliedRecord record, AppliedState state) {
    }

    public ServerSource(WizardSession session) {
        this(session, () -> {
            ServerSession server = session.server();
            return server == null ? null : server::verify;
        });
    }

    /** @param verifier on the UI thread: what verifies a profile on the open connection, or null when there is none */
    public ServerSource(WizardSession session, Supplier<Function<Profile, VerificationReport>> verifier) {
        this.session = session;
        this.verifier = verifier;
    }

    @Override
    public String profileLanguage() {
        AppliedRecord record = session.recordProperty().get();
        return record == null || record.profile() == null ? null : record.profile().language();
    }

    @Override
    public boolean verifiesFirst() {
        Verified known = verified;
        return known == null || known.record() != session.recordProperty().get();
    }

    @Override
    public Callable<AppliedState> capture() {
        AppliedRecord record = session.recordProperty().get();
        Function<Profile, VerificationReport> verify = verifier.get();
        if (record == null || !record.byOwnMeet() || verify == null) {
            return () -> {
                throw new IllegalStateException("OwnMeet has not set up this server, so there is nothing to describe");
            };
        }
        Verified known = verified;
        if (known != null && known.record() == record) {
            return known::state;
        }
        Profile profile = record.profile();
        return () -> {
            VerificationReport report = verify.apply(profile);
            AppliedState state = new AppliedState(profile, new ServerEvidence(report, Instant.now(), record.installedVersions()));
            verified = new Verified(record, state);
            return state;
        };
    }
}
