package org.ownmeet.installers.profile;

import java.util.List;

import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.profile.Profile.Options;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.profile.Profile.Server;

/** Complete, valid profiles for tests to start from and change one thing in. */
public final class ProfileSamples {
    private ProfileSamples() {
    }

    /** A school's server with a Let's Encrypt certificate: every field filled and valid. */
    public static Profile school() {
        return new Profile(Profile.CURRENT_SCHEMA, new Server("203.0.113.5", 22, "debian"), "meet.schule-am-see.de",
                "it@schule-am-see.de", List.of(new HostAccount("anna"), new HostAccount("m.becker")),
                new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT, null, null),
                new Logging(7, AccessLog.ANONYMISED), MeetingSize.UP_TO_50,
                new Organisation("Schule am See", "Seeweg 1\n12345 Seedorf", "datenschutz@schule-am-see.de", null, schoolFacts()), "de",
                new Options(false, true, true), PackageSources.JITSI_STABLE);
    }

    /** What a school in North Rhine-Westphalia answers: its public task under the school law, its officer, its authority. */
    public static DataProtection schoolFacts() {
        return new DataProtection(DataProtection.ControllerType.PUBLIC_BODY, DataProtection.LegalBasis.PUBLIC_TASK,
                DataProtection.LegalBasis.PUBLIC_TASK, DataProtection.LegalBasis.PUBLIC_TASK, "§ 120 und § 121 Schulgesetz NRW",
                true, "dsb@schulamt-seedorf.de", new DataProtection.SupervisoryAuthority("LDI NRW", "Kavalleriestraße 2-4\n40213 "
                + "Düsseldorf"), new DataProtection.Hosting(false, "Hosting Example GmbH", "Rechenzentrumsweg 1\n90000 Nürnberg",
                "DE", true), null, List.of(DataProtection.ParticipantGroup.PUPILS_AND_MINORS, DataProtection.ParticipantGroup.STAFF));
    }
}
