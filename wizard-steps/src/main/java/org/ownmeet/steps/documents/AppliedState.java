package org.ownmeet.steps.documents;

import java.util.Objects;

import org.ownmeet.installers.documents.ServerEvidence;
import org.ownmeet.installers.profile.Profile;

/** What both documents are made from: the profile applied on the server and what verification found there. */
public record AppliedState(Profile profile, ServerEvidence evidence) {
    public AppliedState {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(evidence);
    }
}
