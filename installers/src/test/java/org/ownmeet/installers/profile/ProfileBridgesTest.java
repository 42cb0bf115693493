package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;

/** The videobridge servers in the profile: kept through every copy and the file, checked like the main server. */
class ProfileBridgesTest {
    private static final Bridge BRIDGE = new Bridge("bridge2", "Bridge2.Schule-am-See.de", 2222, "debian");

    @Test
    void aFileWithoutBridgesHasNoneAndOneWithThemKeepsThem() throws Exception {
        Profile school = ProfileSamples.school();
        String json = ProfileFile.toJson(school);
        assertTrue(json.contains("\"bridges\": [ ]") || json.contains("\"bridges\": []"), json);
        String withoutBridges = json.replaceAll(",\\s*\"bridges\": \\[ ?]", "");
        assertFalse(withoutBridges.contains("bridges"));
        assertEquals(List.of(), ProfileFile.fromJson(withoutBridges).bridges());

        Profile withBridge = school.withBridges(List.of(BRIDGE));
        assertEquals(List.of(BRIDGE), ProfileFile.fromJson(ProfileFile.toJson(withBridge)).bridges());
        // every other copy keeps them
        assertEquals(List.of(BRIDGE), withBridge.withDomain("meet.example.org").withLanguage("en").withUpkeep(
                Profile.Upkeep.DEFAULTS).bridges());
    }

    @Test
    void aValidBridgeIsNormalisedLikeTheMainServer() {
        ValidationResult result = ProfileValidator.validate(ProfileSamples.school().withBridges(List.of(BRIDGE)));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(new Bridge("bridge2", "bridge2.schule-am-see.de", 2222, "debian")), result.normalised().bridges());
    }

    @Test
    void badBridgesGetPlainMessagesAtTheirFields() {
        List<FieldError> errors = ProfileValidator.validate(ProfileSamples.school().withBridges(List.of(BRIDGE,
                new Bridge("bridge2", "203.0.113.5", 0, "Debian")))).errors();
        assertEquals(List.of("bridges[1].port", "bridges[1].user"), errors.stream().map(FieldError::field).toList());
        assertEquals("SSH port: a number from 1 to 65535; most servers use 22, and 0 is not possible", errors.get(0).message());

        List<FieldError> same = ProfileValidator.validate(ProfileSamples.school().withBridges(List.of(
                new Bridge("bridge2", "203.0.113.5", 22, "debian")))).errors();
        assertEquals(List.of(new FieldError("bridges[0].host", "Server address: \"203.0.113.5\" is the main server; a"
                + " videobridge needs a server of its own", "bridge-address.main", List.of("\"203.0.113.5\""))), same);
        assertEquals("a videobridge server's address", ProfileFields.describe("bridges[0].host"));
    }
}
