package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ownmeet.installers.profile.Profile.MeetingSize;

/** Every meeting size gives the values docs/meeting-sizes.md documents. */
class TuningTableTest {

    @ParameterizedTest
    @CsvSource({
            // size,     people, audio, video, lastN, res, min, fullRes, loudest, delays, limit, cores, GB, Mbit/s
            "UP_TO_10,       10,    10,    10,    -1, 720, 240,       2,   false,  false,     0,     2,  4,    50",
            "UP_TO_25,       25,    10,    10,    -1, 720, 240,       2,   false,  false,     0,     4,  8,   300",
            "UP_TO_50,       50,    10,     5,    20, 720, 180,       1,    true,   true,     0,     4,  8,   500",
            "UP_TO_100,     100,     5,     5,    20, 360, 180,       1,    true,   true, 65000,     8, 16,  1000",
            "MORE_THAN_100, 200,     5,     5,    20, 360, 180,       1,    true,   true, 65000,     8, 16,  1000"})
    void eachSizeGivesItsDocumentedValues(MeetingSize size, int people, int audio, int video, int lastN, int resolution,
                                          int minimumHeight, int fullResolution, boolean loudest, boolean delays, int limit,
                                          int cores, int gigabytes, int megabits) {
        SizeTuning tuning = TuningTable.of(size);
        assertEquals(size, tuning.size());
        assertEquals(people, tuning.participants());
        assertEquals(audio, tuning.startAudioMuted());
        assertEquals(video, tuning.startVideoMuted());
        assertEquals(lastN, tuning.channelLastN());
        assertEquals(resolution, tuning.resolution());
        assertEquals(minimumHeight, tuning.minimumHeight());
        assertEquals(fullResolution, tuning.maxFullResolutionParticipants());
        assertEquals(Map.of(50, 20, 100, 10, 200, 5), tuning.lastNLimits());
        assertEquals(loudest, tuning.routeLoudestOnly());
        assertEquals(delays ? Map.of(50, 500, 100, 1000) : Map.of(), tuning.signalingDelays());
        assertEquals(limit, tuning.serviceLimit());
        assertEquals(cores, tuning.minimumCores());
        assertEquals(gigabytes, tuning.minimumMemoryGigabytes());
        assertEquals(megabits, tuning.bandwidthMegabits());
    }

    @ParameterizedTest
    @EnumSource(MeetingSize.class)
    void theBridgeCapsVideosFromFiftyPeopleOn(MeetingSize size) {
        SizeTuning tuning = TuningTable.of(size);
        assertEquals(tuning.channelLastN() < 0 ? 48 : 20, tuning.videosEachReceives(49));
        assertEquals(20, tuning.videosEachReceives(50));
        assertEquals(10, tuning.videosEachReceives(100));
        assertEquals(10, tuning.videosEachReceives(199));
        assertEquals(5, tuning.videosEachReceives(200));
        assertEquals(1, tuning.videosEachReceives(2), "two people see each other");
    }

    @ParameterizedTest
    @EnumSource(MeetingSize.class)
    void aLargerSizeNeverAsksForASmallerServer(MeetingSize size) {
        if (size.ordinal() == 0) {
            return;
        }
        SizeTuning smaller = TuningTable.of(MeetingSize.values()[size.ordinal() - 1]);
        SizeTuning tuning = TuningTable.of(size);
        assertTrue(tuning.minimumCores() >= smaller.minimumCores());
        assertTrue(tuning.minimumMemoryGigabytes() >= smaller.minimumMemoryGigabytes());
        assertTrue(tuning.bandwidthMegabits() >= smaller.bandwidthMegabits());
        assertTrue(tuning.startAudioMuted() <= smaller.startAudioMuted());
        assertTrue(tuning.resolution() <= smaller.resolution());
    }
}
