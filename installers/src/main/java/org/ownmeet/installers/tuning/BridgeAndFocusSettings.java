package org.ownmeet.installers.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

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
        HoconEdit edit = HoconEdit.of(JitsiFiles.JVB_CONF, "jvb-conf-tuning");
        bridgeValues(tuning).forEach(edit::set);
        return edit;
    }

    /** The videobridge's settings for the size, by their paths in jvb.conf: on the main server and on each extra bridge. */
    static Map<String, Object> bridgeValues(SizeTuning tuning) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("videobridge.load-management.conference-last-n-limits", SizeTuning.hoconMap(tuning.lastNLimits()));
        values.put("videobridge.loudest.route-loudest-only", tuning.routeLoudestOnly());
        return values;
    }

    static HoconEdit focus(SizeTuning tuning) {
        return HoconEdit.of(JitsiFiles.JICOFO_CONF, "jicofo-conf-tuning")
                .set("jicofo.conference.source-signaling-delays", SizeTuning.hoconMap(tuning.signalingDelays()));
    }
}
