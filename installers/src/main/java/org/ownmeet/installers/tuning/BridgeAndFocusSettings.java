package org.ownmeet.installers.tuning;

import org.ownmeet.installers.engine.HoconEdit;
import org.ownmeet.installers.packages.JitsiFiles;

/**
 * The videobridge's and jicofo's part, in their HOCON files: the bridge's cap on videos per
 * participant by meeting size and its loudest-speakers-only audio; jicofo's signalling delays.
 */
final class BridgeAndFocusSettings {

    private BridgeAndFocusSettings() {
    }

    static HoconEdit bridge(SizeTuning tuning) {
        return HoconEdit.of(JitsiFiles.JVB_CONF, "jvb-conf-tuning")
                .set("videobridge.load-management.conference-last-n-limits", SizeTuning.hoconMap(tuning.lastNLimits()))
                .set("videobridge.loudest.route-loudest-only", tuning.routeLoudestOnly());
    }

    static HoconEdit focus(SizeTuning tuning) {
        return HoconEdit.of(JitsiFiles.JICOFO_CONF, "jicofo-conf-tuning")
                .set("jicofo.conference.source-signaling-delays", SizeTuning.hoconMap(tuning.signalingDelays()));
    }
}
