package org.ownmeet.installers.profile;

import java.util.List;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The facts of a privacy notice (GDPR Art. 13) and a record of processing (Art. 30) that only the
 * deployer knows: who the controller is in law, on which basis each purpose rests, who to complain
 * to, where the server stands, and who takes part. Everything the server itself decides (retention,
 * logs, encryption) comes from the rest of the profile and from verification, never from here.
 *
 * @param legalProvision the law that sets the public task or the legal obligation, where a purpose rests on one
 * @param officerEmail how to reach the data protection officer (Art. 37 requires one for public bodies)
 * @param transfer the transfer to a country outside the EU/EEA and its safeguard; null when there is none
 */
@RecordBuilder
public record DataProtection(
        ControllerType controllerType,
        LegalBasis meetingsBasis,
        LegalBasis securityBasis,
        LegalBasis accountsBasis,
        String legalProvision,
        boolean participationObligatory,
        String officerEmail,
        SupervisoryAuthority supervisoryAuthority,
        Hosting hosting,
        Transfer transfer,
        List<ParticipantGroup> participants) implements DataProtectionBuilder.With {

    public DataProtection {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public enum ControllerType { PUBLIC_BODY, COMPANY, ASSOCIATION, INDIVIDUAL }

    /** A letter of Art. 6(1) GDPR; (d), vital interests, has no place in video meetings. */
    public enum LegalBasis {
        CONSENT("a"), CONTRACT("b"), LEGAL_OBLIGATION("c"), PUBLIC_TASK("e"), LEGITIMATE_INTERESTS("f");

        private final String letter;

        LegalBasis(String letter) {
            this.letter = letter;
        }

        public String letter() {
            return letter;
        }

        /** Whether the basis needs a law of the Union or a member state (Art. 6(3)). */
        public boolean needsLaw() {
            return this == LEGAL_OBLIGATION || this == PUBLIC_TASK;
        }
    }

    public enum ParticipantGroup { PUPILS_AND_MINORS, STAFF, CUSTOMERS, GUESTS }

    public enum Safeguard { ADEQUACY_DECISION, STANDARD_CONTRACTUAL_CLAUSES, BINDING_CORPORATE_RULES }

    public record SupervisoryAuthority(String name, String address) {
    }

    /**
     * @param ownPremises the server stands in the controller's own rooms (no hosting provider)
     * @param country the data centre's country as an ISO 3166 code ("DE")
     * @param processingContract a contract under Art. 28 with the provider is in place
     */
    public record Hosting(boolean ownPremises, String provider, String address, String country, boolean processingContract) {
    }

    /** @param country the third country as an ISO 3166 code ("US") */
    public record Transfer(String country, Safeguard safeguard) {
    }
}
