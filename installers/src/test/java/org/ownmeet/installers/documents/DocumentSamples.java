package org.ownmeet.installers.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.SupervisoryAuthority;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;

/** Profiles with complete data protection facts, one per kind of controller, and a verified state. */
final class DocumentSamples {
    static final SupervisoryAuthority AUTHORITY = new SupervisoryAuthority(
            "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", "Kavalleriestraße 2-4\n40213 Düsseldorf");
    static final Hosting PROVIDER = new Hosting(false, "Hosting Example GmbH", "Rechenzentrumsweg 1\n90000 Nürnberg", "DE", true);

    private DocumentSamples() {
    }

    static DataProtection facts(ControllerType type) {
        return switch (type) {
            case PUBLIC_BODY -> new DataProtection(type, LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK,
                    "§ 120 und § 121 Schulgesetz NRW", true, "dsb@schulamt.example.de", AUTHORITY, PROVIDER, null,
                    List.of(ParticipantGroup.PUPILS_AND_MINORS, ParticipantGroup.STAFF));
            case COMPANY -> new DataProtection(type, LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTERESTS,
                    LegalBasis.CONTRACT, null, false, null, AUTHORITY, new Hosting(false, "Cloud Example Inc.", "1 Main Street\nDublin",
                    "US", true), new Transfer("US", Safeguard.ADEQUACY_DECISION), List.of(ParticipantGroup.STAFF,
                    ParticipantGroup.CUSTOMERS, ParticipantGroup.GUESTS));
            case ASSOCIATION -> new DataProtection(type, LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.LEGITIMATE_INTERESTS,
                    LegalBasis.CONTRACT, null, false, null, AUTHORITY, new Hosting(true, null, null, "DE", false), null,
                    List.of(ParticipantGroup.GUESTS));
            case INDIVIDUAL -> new DataProtection(type, LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTERESTS,
                    LegalBasis.CONSENT, null, false, null, AUTHORITY, PROVIDER, null, List.of(ParticipantGroup.CUSTOMERS));
        };
    }

    static Profile profile(ControllerType type, String language) {
        Profile school = ProfileSamples.school();
        return school.withLanguage(language).withOrganisation(new Profile.Organisation("Schule am See", "Seeweg 1\n12345 Seedorf",
                "datenschutz@schule-am-see.de", "Dr. Erika Muster", facts(type)));
    }

    static ServerEvidence verified() {
        List<CheckResult> checks = java.util.Arrays.stream(CheckId.values()).map(CheckResult::passed).toList();
        return new ServerEvidence(new VerificationReport("meet.schule-am-see.de", checks), Instant.parse("2026-12-01T10:00:00Z"),
                Map.of("jitsi-meet", "2.0.10314-1", "prosody", "0.12.3-1", "nginx", "1.22.1-9"));
    }
}
