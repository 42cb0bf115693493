package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile.MeetingSize;

class RequirementsTest {

    private static ServerFacts server(int cores, long memoryMegabytes) {
        return new ServerFacts(cores, memoryMegabytes, List.of("203.0.113.7"), Set.of(22));
    }

    private static Optional<String> warning(ServerFacts facts, MeetingSize size) {
        return Requirements.warning(facts, TuningTable.of(size));
    }

    @Test
    void tooLittleMemorySaysWhatTheServerHasAndWhatTheMeetingsNeed() {
        assertEquals(Optional.of("This server has 1.9 GB of memory; meetings of up to 50 people need at least 8 GB. Such "
                + "meetings may stutter or lose people: choose a bigger server, or a smaller meeting size. They also need a "
                + "network connection of about 500 Mbit/s in each direction; your hosting company can tell you what yours "
                + "has."), warning(server(4, 1990), MeetingSize.UP_TO_50));
    }

    @Test
    void theWarningHasACodeAndTheValuesATranslationNeeds() {
        assertEquals(new Notice("tuning.too-little-memory", List.of("50", "4", "8", "500 Mbit/s", "4", "1.9 GB"),
                warning(server(4, 1990), MeetingSize.UP_TO_50).orElseThrow()), Requirements.notice(server(4, 1990),
                TuningTable.of(MeetingSize.UP_TO_50)).orElseThrow());
        assertEquals("tuning.too-small", Requirements.notice(server(1, 900), TuningTable.of(MeetingSize.MORE_THAN_100))
                .orElseThrow().code());
        assertEquals(List.of("0", "8", "16", "1 Gbit/s", "1", "0.9 GB"), Requirements.notice(server(1, 900),
                TuningTable.of(MeetingSize.MORE_THAN_100)).orElseThrow().arguments(), "0 participants: more than 100");
        assertEquals("tuning.too-few-cores", Requirements.notice(server(1, 64000), TuningTable.of(MeetingSize.UP_TO_50))
                .orElseThrow().code());
        assertEquals("tuning.size-unknown", Requirements.notice(server(0, 0), TuningTable.of(MeetingSize.UP_TO_25))
                .orElseThrow().code());
    }

    @Test
    void tooFewCoresAndTooLittleMemoryAreBothNamed() {
        String text = warning(server(1, 900), MeetingSize.MORE_THAN_100).orElseThrow();
        assertTrue(text.startsWith("This server has 1 processor core and 0.9 GB of memory; meetings of more than 100 people "
                + "need at least 8 dedicated cores and 16 GB."), text);
        assertTrue(text.contains("about 1 Gbit/s in each direction"), text);
    }

    @Test
    void theTestBedsTwoCoresAreTooFewFromTwentyFivePeople() {
        ServerFacts testBed = server(2, 24000);
        assertEquals(Optional.empty(), warning(testBed, MeetingSize.UP_TO_10));
        String text = warning(testBed, MeetingSize.UP_TO_25).orElseThrow();
        assertTrue(text.startsWith("This server has 2 processor cores; meetings of up to 25 people need at least 4 "
                + "dedicated cores."), text);
        assertFalse(text.contains("memory"), text);
        assertTrue(text.contains("about 300 Mbit/s"), text);
    }

    @ParameterizedTest
    @EnumSource(MeetingSize.class)
    void aServerThatMeetsTheSizeGetsNoWarning(MeetingSize size) {
        SizeTuning tuning = TuningTable.of(size);
        ServerFacts exactly = server(tuning.minimumCores(), tuning.minimumMemoryGigabytes() * 1024L);
        assertEquals(Optional.empty(), warning(exactly, size));
        ServerFacts asReported = server(tuning.minimumCores(), Math.round(tuning.minimumMemoryGigabytes() * 1024 * 0.95));
        assertEquals(Optional.empty(), warning(asReported, size), "a nominal 8 GB server reports a little less");
    }

    @ParameterizedTest
    @EnumSource(MeetingSize.class)
    void oneCoreOrTenPercentTooLittleIsBelow(MeetingSize size) {
        SizeTuning tuning = TuningTable.of(size);
        long memory = tuning.minimumMemoryGigabytes() * 1024L;
        assertTrue(warning(server(tuning.minimumCores() - 1, memory), size).isPresent());
        assertTrue(warning(server(tuning.minimumCores(), (long) (memory * 0.89)), size).isPresent());
    }

    @Test
    void unknownCoresOrMemoryAreSaidAsSuch() {
        String text = warning(server(0, 0), MeetingSize.UP_TO_25).orElseThrow();
        assertEquals("OwnMeet could not find out how many processor cores and how much memory this server has. Meetings of "
                + "up to 25 people need at least 4 dedicated processor cores, 8 GB of memory and a network connection of about "
                + "300 Mbit/s in each direction.", text);
        assertTrue(warning(server(4, 0), MeetingSize.UP_TO_10).isPresent());
    }
}
