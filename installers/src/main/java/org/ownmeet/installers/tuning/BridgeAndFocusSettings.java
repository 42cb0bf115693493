package org.ownmeet.installers.tuning;

import org.ownmeet.installers.engine.HoconEdit;

/**
 * The videobridge's and jicofo's part, in their HOCON files: the bridge's cap on videos per
 * participant by meeting size and its loudest-speakers-only audio; jicofo's signalling delays.
 */
final class BridgeAndFocusSettings {
    static final String JVB_CONF = "/etc/jitsi/videobridge/jvb.conf";
    static final String JICOFO_CONF = "/etc/jitsi/jicofo/jicofo.conf";

    private BridgeAndFocusSettings() {
    }

    static HoconEdit bridge(SizeTuning tuning) {
        return HoconEdit.of(JVB_CONF, "jvb-conf-tuning")
                .set("videobridge.load-management.conference-last-n-limits", SizeTuning.hoconMap(tuning.lastNLimits()))
                .set("videobridge.loudest.route-loudest-only", tuning.routeLoudestOnly());
    }

    static HoconEdit focus(SizeTuning tuning) {
        return HoconEdit.of(JICOFO_CONF, "jicofo-conf-tuning")
                .set("jicofo.conference.source-signaling-delays", SizeTuning.hoconMap(tuning.signalingDelays()));
    }
}
