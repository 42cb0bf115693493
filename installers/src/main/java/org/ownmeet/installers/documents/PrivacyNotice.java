package org.ownmeet.installers.documents;

import org.ownmeet.installers.profile.Profile;

/**
 * The privacy notice for participants (GDPR Art. 13 and 21(4)) as OwnMeet publishes it on the
 * server, in the profile's language, made from the same profile values the installers apply, so it
 * states what the server really does. Every value is escaped for HTML by the template.
 */
public final class PrivacyNotice {
    private PrivacyNotice() {
    }

    public static String html(Profile profile) {
        DocumentFacts facts = DocumentFactsBuilder.of(profile, ServerEvidence.none(), profile.language(), null, false);
        return DocumentTemplates.html(DocumentKind.PRIVACY_NOTICE, facts, false);
    }
}
