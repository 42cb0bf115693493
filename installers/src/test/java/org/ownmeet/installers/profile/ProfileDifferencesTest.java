package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileDifferences.Difference;

class ProfileDifferencesTest {

    @Test
    void theSameProfileReachedByAnotherAddressHasNoDifference() {
        Profile school = ProfileSamples.school();
        assertEquals(List.of(), ProfileDifferences.between(school, school.withServer(new Profile.Server("meet.example.org", 2222, "x"))));
    }

    @Test
    void eachDifferingFieldIsNamedWithBothValues() {
        Profile school = ProfileSamples.school();
        Profile changed = school.withLogging(new Profile.Logging(14, Profile.AccessLog.ANONYMISED))
                .withHostAccounts(List.of(new HostAccount("anna"), new HostAccount("carla")))
                .withOptions(new Profile.Options(true, true, true));
        assertEquals(List.of(new Difference("hostAccounts", "anna, m.becker", "anna, carla"),
                new Difference("logging.retentionDays", "7", "14"),
                new Difference("options.peerToPeer", "false", "true")), ProfileDifferences.between(school, changed));
    }

    @Test
    void theHostsInAnotherOrderAreTheSameHosts() {
        Profile school = ProfileSamples.school();
        Profile reordered = school.withHostAccounts(List.of(new HostAccount("m.becker"), new HostAccount("anna")));
        assertEquals(List.of(), ProfileDifferences.between(school, reordered));
    }

    @Test
    void aFieldLeftEmptyOnOneSideIsADifference() {
        Profile school = ProfileSamples.school();
        assertEquals(List.of(new Difference("organisation.dataProtectionOfficer", "", "Dr. Weber")), ProfileDifferences.between(school,
                school.withOrganisation(new Profile.Organisation("Schule am See", "Seeweg 1\n12345 Seedorf", "datenschutz@schule-am-see.de",
                        "Dr. Weber", school.organisation().dataProtection()))));
    }
}
