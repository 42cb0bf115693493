package org.ownmeet.installers.tuning;

import java.util.Map;

import org.ownmeet.installers.profile.Profile.MeetingSize;

/**
 * The settings for each meeting size, in one place. {@code docs/meeting-sizes.md} shows the same
 * table with the source of every value (a test keeps the two equal); in short:
 * <ul>
 * <li>start muted after 10 (config.js's and the handbook's example; Docker's default), video after 5
 * from 50 people (the handbook's example), both after 5 from 100;</li>
 * <li>at most 20 videos per participant from 50 people (the web app's {@code channelLastN}); the
 * bridge itself caps meetings of 50, 100 and 200 people at 20, 10 and 5 videos each, so it never
 * forwards much more than 1 Gbit/s, the handbook's link for a small organisation
 * ({@code conference-last-n-limits}, shaped like the example in jvb's reference.conf);</li>
 * <li>cameras at 720p (the default) up to 50 people, 360p from 100 (a fifth of the bandwidth per
 * video, handbook); HD in tile view for 2 participants (default), for 1 from 50;</li>
 * <li>audio of the 3 loudest speakers only (jvb's {@code loudest}) and jicofo's signalling delays
 * (the example in its reference.conf) from 50 people;</li>
 * <li>65000 open files, processes and tasks for jicofo and Prosody from 100 people (the handbook's
 * systemd limits; the videobridge's own unit already has them);</li>
 * <li>least server: the handbook's 4 GB for small meetings, 8 GB and 4 dedicated cores for a basic
 * server, twice that from 100 people.</li>
 * </ul>
 */
public final class TuningTable {
    private static final Map<Integer, Integer> BRIDGE_LAST_N = Map.of(50, 20, 100, 10, 200, 5);
    private static final Map<Integer, Integer> NO_DELAYS = Map.of();
    private static final Map<Integer, Integer> JICOFO_DELAYS = Map.of(50, 500, 100, 1000);
    private static final int RAISED_LIMIT = 65000;

    private TuningTable() {
    }

    public static SizeTuning of(MeetingSize size) {
        return switch (size) {
            case UP_TO_10 -> new SizeTuning(size, 10, 10, 10, -1, 720, 240, 2, BRIDGE_LAST_N, false, NO_DELAYS, 0, 2, 4);
            case UP_TO_25 -> new SizeTuning(size, 25, 10, 10, -1, 720, 240, 2, BRIDGE_LAST_N, false, NO_DELAYS, 0, 4, 8);
            case UP_TO_50 -> new SizeTuning(size, 50, 10, 5, 20, 720, 180, 1, BRIDGE_LAST_N, true, JICOFO_DELAYS, 0, 4, 8);
            case UP_TO_100 -> new SizeTuning(size, 100, 5, 5, 20, 360, 180, 1, BRIDGE_LAST_N, true, JICOFO_DELAYS,
                    RAISED_LIMIT, 8, 16);
            case MORE_THAN_100 -> new SizeTuning(size, 200, 5, 5, 20, 360, 180, 1, BRIDGE_LAST_N, true, JICOFO_DELAYS,
                    RAISED_LIMIT, 8, 16);
        };
    }
}
