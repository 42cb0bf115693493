package org.ownmeet.installers.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;

/** The test bed's config.js (the packages' shape) as nginx serves it, run as a browser runs it. */
class ServedConfigTest {
    static final String DOMAIN = "meet.schule-am-see.de";

    static String servedPackageConfig() throws IOException {
        String template = Files.readString(Path.of("src/test/testbed/jitsi-standin/packages/jitsi-meet-web-config/root/usr/share"
                + "/jitsi-meet-web-config/config.js"));
        // the package puts the domain in; nginx's SSI answers the echo lines with their defaults
        return template.replace("jitsi-meet.example.com", DOMAIN).replaceAll("<!--# echo var=\"\\w+\" default=\"\" -->", "");
    }

    @Test
    void thePackagesConfigSendsBrowsersToJitsisStunServer() throws IOException {
        Set<String> hosts = ThirdPartyHosts.in(NoThirdPartyHostsCheck.jsonStrings(ServedConfig.asJson(servedPackageConfig())), DOMAIN);
        assertEquals(Set.of("meet-jit-si-turnrelay.jitsi.net"), hosts, "comments and the JaaS lines (JaaS off) do not count");
    }

    @Test
    void withOwnMeetsBlockNobodyElseIsContacted() throws IOException {
        Profile profile = ProfileSamples.school();
        String config = ManagedBlock.put(servedPackageConfig(), "//", ClientPrivacySettings.BLOCK, ClientPrivacySettings.block(profile));
        String json = ServedConfig.asJson(config);
        assertEquals(Set.of(), ThirdPartyHosts.in(NoThirdPartyHostsCheck.jsonStrings(json), DOMAIN));
        assertTrue(json.contains("\"disableThirdPartyRequests\":true"), json);
        assertTrue(json.contains("\"stunServers\":[{\"urls\":\"stun:" + DOMAIN + ":3478\"}]"), json);
        assertTrue(json.contains("\"analytics\":{\"disabled\":true,\"rtcstatsEnabled\":false}"), json);
    }

    @Test
    void jaasTurnedOnWouldContactItsServers() throws IOException {
        String config = servedPackageConfig().replace("var enableJaaS = false;", "var enableJaaS = true;");
        assertTrue(ThirdPartyHosts.in(NoThirdPartyHostsCheck.jsonStrings(ServedConfig.asJson(config)), DOMAIN)
                .contains("conference-mapper.jitsi.net"));
    }

    @Test
    void aBrokenOrEndlessFileIsReportedNotRun() {
        assertThrows(IllegalArgumentException.class, () -> ServedConfig.asJson("var config = {"));
        assertThrows(IllegalArgumentException.class, () -> ServedConfig.asJson("var x = 1;"));
        assertThrows(IllegalArgumentException.class, () -> ServedConfig.asJson("var config = {}; while (true) {}"));
        assertThrows(IllegalArgumentException.class, () -> ServedConfig.asJson(
                "var config = { a: java.lang.System.getProperty('user.home') };"), "no way out to Java");
    }
}
