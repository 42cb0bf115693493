package org.ownmeet.installers.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ThirdPartyHostsTest {

    @Test
    void onlyHostsOnTheInternetOtherThanTheDomainCount() {
        List<String> values = List.of(
                "https://meet.example.org/http-bind", "conference.meet.example.org", "JvbBrewery@internal.auth.meet.example.org",
                "localhost", "127.0.0.1", "10.0.0.5", "org.jitsi.videobridge.ENABLE_STATISTICS", "/etc/jitsi/logging.properties",
                "-Dnet.java.sip.communicator.SC_HOME_DIR_LOCATION=/etc/jitsi", "stun:meet-jit-si-turnrelay.jitsi.net:443",
                "https://www.gravatar.com/avatar/", "203.0.113.9:3478", "MEET.EXAMPLE.ORG");
        assertEquals(Set.of("meet-jit-si-turnrelay.jitsi.net", "www.gravatar.com", "203.0.113.9"),
                ThirdPartyHosts.in(values, "meet.example.org"));
    }

    @Test
    void aLookAlikeOfTheDomainIsAThirdParty() {
        assertEquals(Set.of("evilmeet.example.org", "meet.example.org.evil.com"),
                ThirdPartyHosts.in(List.of("evilmeet.example.org", "meet.example.org.evil.com"), "meet.example.org"));
    }
}
