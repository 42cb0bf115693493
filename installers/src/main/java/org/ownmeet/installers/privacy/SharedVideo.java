package org.ownmeet.installers.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the served settings let a participant share a video from another website: Jitsi offers
 * YouTube by default, and then every browser in the meeting loads Google's player. With third-party
 * requests off Jitsi offers no shared video; any other domain allowed (or "*") would let one in.
 */
final class SharedVideo {
    private SharedVideo() {
    }

    /** What allows a foreign video, in words for IT; empty when nothing does. */
    static List<String> allowances(JsonNode config, String domain) {
        List<String> found = new ArrayList<>();
        if (!config.path("disableThirdPartyRequests").asBoolean(false)) {
            found.add("disableThirdPartyRequests is not true (shared YouTube videos are offered)");
        }
        String own = domain.toLowerCase(Locale.ROOT);
        for (JsonNode allowed : config.path("sharedVideoAllowedURLDomains")) {
            String name = allowed.asText().toLowerCase(Locale.ROOT);
            if (!name.equals(own) && !name.endsWith("." + own)) {
                found.add("sharedVideoAllowedURLDomains allows " + name);
            }
        }
        return found;
    }
}
