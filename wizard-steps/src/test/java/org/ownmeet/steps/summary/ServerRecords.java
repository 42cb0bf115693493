package org.ownmeet.steps.summary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.AppliedRecord;

/** What a server may hold, for the tests of managing it. */
public final class ServerRecords {
    public static final Profile.Server ADDRESS = new Profile.Server("203.0.113.5", 22, "debian");

    private ServerRecords() {
    }

    /** A school's server OwnMeet set up with two hosts, logs kept 7 days; it ran twice. */
    public static Profile school() {
        return Profile.newProfile().withServer(ADDRESS).withDomain("meet.school.example").withAdminEmail("it@school.example")
                .withHostAccounts(List.of(new Profile.HostAccount("alice"), new Profile.HostAccount("bob")));
    }

    public static AppliedRecord byOwnMeet(Profile profile) {
        return new AppliedRecord(profile, null, List.of(
                new AppliedRecord.Run(Instant.parse("2026-03-01T10:00:00Z"), Map.of("packages", List.of("a", "b", "c")), List.of(),
                        Map.of("jitsi-meet-web", "1.0.8000-1")),
                new AppliedRecord.Run(Instant.parse("2026-04-01T08:30:00Z"), Map.of("logging", List.of("d")), List.of(),
                        Map.of("jitsi-meet-web", "1.0.8100-1"))),
                profile.hostAccounts().stream().map(Profile.HostAccount::username).toList(), profile.domain(),
                Map.of("jitsi-meet-web", "1.0.8100-1"));
    }

    public static AppliedRecord byHand(String domain, List<String> accounts) {
        return new AppliedRecord(null, null, List.of(), accounts, domain, Map.of("jitsi-meet-web", "1.0.8100-1"));
    }

    public static AppliedRecord fresh() {
        return new AppliedRecord(null, null, List.of(), List.of(), null, Map.of());
    }
}
