package org.ownmeet.installers.tuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.ownmeet.installers.profile.Profile.MeetingSize;

/**
 * What one meeting size asks of the server: the web app's settings, the videobridge's and jicofo's,
 * the systemd limits, and the least server it needs. The values and where each comes from are in
 * {@link TuningTable}.
 *
 * @param participants the most people in one meeting the size is planned for
 * @param lastNLimits the videobridge's cap on videos forwarded to each participant, by meeting size
 *         (from that many participants on; none below the smallest)
 * @param signalingDelays jicofo's delay in milliseconds for batching participants' source changes,
 *         by meeting size
 * @param serviceLimit open files, processes and tasks for jicofo and Prosody; 0 keeps systemd's defaults
 */
public record SizeTuning(MeetingSize size, int participants, int startAudioMuted, int startVideoMuted, int channelLastN,
                         int resolution, int minimumHeight, int maxFullResolutionParticipants,
                         Map<Integer, Integer> lastNLimits, boolean routeLoudestOnly, Map<Integer, Integer> signalingDelays,
                         int serviceLimit, int minimumCores, int minimumMemoryGigabytes) {

    /** The handbook's figure for one video at 360p; thumbnails are no larger once more than a few are shown. */
    static final double MEGABITS_PER_VIDEO = 0.5;

    public SizeTuning {
        lastNLimits = Collections.unmodifiableMap(new TreeMap<>(lastNLimits));
        signalingDelays = Collections.unmodifiableMap(new TreeMap<>(signalingDelays));
    }

    /** The most videos the bridge sends each participant in a meeting of {@code people}. */
    public int videosEachReceives(int people) {
        int limit = channelLastN < 0 ? Integer.MAX_VALUE : channelLastN;
        for (Map.Entry<Integer, Integer> entry : lastNLimits.entrySet()) {
            if (people >= entry.getKey()) {
                limit = Math.min(limit, entry.getValue());
            }
        }
        return Math.min(people - 1, limit);
    }

    /**
     * The bridge's traffic, in Mbit/s, in the busiest meeting the size allows: every participant
     * receiving every video the limits let through, at {@value #MEGABITS_PER_VIDEO} Mbit/s each,
     * rounded up to the next 50.
     */
    public int bandwidthMegabits() {
        double most = 0;
        for (int people = 2; people <= participants; people++) {
            most = Math.max(most, people * videosEachReceives(people) * MEGABITS_PER_VIDEO);
        }
        return (int) Math.ceil(most / 50) * 50;
    }

    /** A map's keys as HOCON keys (text), in order, as the settings file holds them. */
    static Map<String, Integer> hoconMap(Map<Integer, Integer> map) {
        Map<String, Integer> keyed = new LinkedHashMap<>();
        map.forEach((key, value) -> keyed.put(String.valueOf(key), value));
        return keyed;
    }
}
