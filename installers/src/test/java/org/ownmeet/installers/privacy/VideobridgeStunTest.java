package org.ownmeet.installers.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VideobridgeStunTest {

    @Test
    void theLegacyHarvesterLineIsPointedAtTheOwnStunService() {
        String before = """
                org.ice4j.ice.harvest.DISABLE_AWS_HARVESTER=true
                org.ice4j.ice.harvest.STUN_MAPPING_HARVESTER_ADDRESSES=meet-jit-si-turnrelay.jitsi.net:443
                org.jitsi.videobridge.ENABLE_STATISTICS=true
                """;
        String after = VideobridgeStun.legacyProperties(before, "meet.example.org");
        assertEquals(before.replace("meet-jit-si-turnrelay.jitsi.net:443", "meet.example.org:3478"), after);
        assertEquals(after, VideobridgeStun.legacyProperties(after, "meet.example.org"), "a second run changes nothing");
    }

    @Test
    void aFileWithoutTheLineIsLeftAsItIs() {
        String text = "org.jitsi.videobridge.ENABLE_STATISTICS=true\n";
        assertEquals(text, VideobridgeStun.legacyProperties(text, "meet.example.org"));
    }
}
