package org.ownmeet.installers.privacy;

import org.ownmeet.installers.profile.Profile;

/**
 * The settings in {@code <domain>-config.js} that keep the meeting page from contacting anyone but
 * this server: no third-party requests (avatars, fonts), no analytics or rtcstats, no Gravatar, no
 * list of recent rooms, no hand-off to app stores, no connection details of others, no "save logs",
 * and STUN from the server's own coturn (peer-to-peer for meetings of two only if the profile allows
 * it, since the two then see each other's address). No shared videos from other websites (with third-party
 * requests off Jitsi offers none, and no other site is allowed), and the meeting page's own recording
 * button only if the profile allows it, then with everyone told. Assigned after the packages' object, so an
 * option the package file already sets is overridden, not duplicated.
 */
final class ClientPrivacySettings {
    static final String BLOCK = "privacy";

    private ClientPrivacySettings() {
    }

    static String block(Profile profile) {
        return """
                config.disableThirdPartyRequests = true;
                config.analytics = Object.assign(config.analytics || {}, { disabled: true, rtcstatsEnabled: false });
                config.gravatar = { disabled: true };
                config.doNotStoreRoom = true;
                config.deeplinking = Object.assign(config.deeplinking || {}, { disabled: true });
                config.disableShowMoreStats = true;
                config.enableSaveLogs = false;
                config.enableInsecureRoomNameWarning = true;
                config.p2p = Object.assign(config.p2p || {}, { enabled: %s, stunServers: [ { urls: '%s' } ] });
                config.sharedVideoAllowedURLDomains = [];
                config.localRecording = Object.assign(config.localRecording || {}, { disable: %s, notifyAllParticipants: true });
                """.formatted(profile.options().peerToPeer(), OwnStun.uri(profile.domain()), !profile.options().localRecording());
    }
}
