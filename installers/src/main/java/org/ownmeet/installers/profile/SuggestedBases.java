package org.ownmeet.installers.profile;

import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;

/**
 * The usual legal basis of each purpose for a kind of controller, offered as the answer until the
 * deployer changes it: a school or public body holds its meetings as a public task (e), which its law
 * names; a business or club holds them in its legitimate interests (f) and gives its hosts their
 * accounts under the working or membership relation (b); a private person has only (f). None is
 * consent, which would have to be asked of everyone and may be withdrawn.
 */
public final class SuggestedBases {
    private SuggestedBases() {
    }

    /** The usual basis of the meetings themselves; null for no kind chosen. */
    public static LegalBasis meetings(ControllerType type) {
        return type == null ? null : type == ControllerType.PUBLIC_BODY ? LegalBasis.PUBLIC_TASK : LegalBasis.LEGITIMATE_INTERESTS;
    }

    /** The usual basis of the logs that keep the server safe. */
    public static LegalBasis security(ControllerType type) {
        return meetings(type);
    }

    /** The usual basis of the hosts' accounts, kept between meetings. */
    public static LegalBasis accounts(ControllerType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PUBLIC_BODY -> LegalBasis.PUBLIC_TASK;
            case COMPANY, ASSOCIATION -> LegalBasis.CONTRACT;
            case INDIVIDUAL -> LegalBasis.LEGITIMATE_INTERESTS;
        };
    }
}
