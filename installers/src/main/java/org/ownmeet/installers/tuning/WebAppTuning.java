package org.ownmeet.installers.tuning;

/**
 * The web app's part: who starts muted, how many videos each participant receives, the camera
 * resolution, how many get HD in tile view. A {@code tuning} block in config.js, beside the blocks of
 * the other installers. ({@code enableLayerSuspension} is left out on purpose: it is on by default
 * and the option is gone from lib-jitsi-meet.)
 */
final class WebAppTuning {
    private WebAppTuning() {
    }

    static String block(SizeTuning tuning) {
        return """
                // for %s
                config.startAudioMuted = %d;
                config.startVideoMuted = %d;
                config.channelLastN = %d;
                config.resolution = %d;
                config.constraints = { video: { height: { ideal: %d, max: %d, min: %d } } };
                config.maxFullResolutionParticipants = %d;
                """.formatted(Requirements.meetings(tuning.size()), tuning.startAudioMuted(), tuning.startVideoMuted(),
                tuning.channelLastN(), tuning.resolution(), tuning.resolution(), tuning.resolution(), tuning.minimumHeight(),
                tuning.maxFullResolutionParticipants());
    }
}
