package org.ownmeet.steps.summary;

import java.util.List;

import org.ownmeet.installers.packages.JitsiVersions;
import org.ownmeet.installers.upkeep.health.HealthSamples;
import org.ownmeet.installers.verify.HealthFinding;

/** What a server's upkeep may be, for the summary's tests. */
final class UpkeepReadings {
    static final JitsiVersions NOTHING_NEWER = new JitsiVersions(List.of());
    static final JitsiVersions NEWER = new JitsiVersions(List.of(new JitsiVersions.Newer("jicofo", "1.0-1178-1", "1.0-1190-1"),
            new JitsiVersions.Newer("jitsi-meet", "2.0.9823-1", "2.0.9955-1")));

    private UpkeepReadings() {
    }

    /** A security update waiting for eight days, a restart due, everything else fine. */
    static List<HealthFinding> needsAttention() {
        var samples = HealthSamples.byCode();
        return List.of(samples.get("updates.pending"), samples.get("last-run.recent"), samples.get("reboot.required"),
                samples.get("disk.ok"), samples.get("memory.ok"), samples.get("certificate.warning"), samples.get("services.active"));
    }

    static UpkeepSource.Reading reading(JitsiVersions newer, boolean keyLogin) {
        return new UpkeepSource.Reading(needsAttention(), newer, keyLogin);
    }
}
