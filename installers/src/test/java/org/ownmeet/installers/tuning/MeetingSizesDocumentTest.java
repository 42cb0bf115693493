package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile.MeetingSize;

/** docs/meeting-sizes.md shows exactly what the code sets: each row of its tables, value for value. */
class MeetingSizesDocumentTest {
    private static final Map<String, Function<SizeTuning, String>> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("config.js `startAudioMuted`", t -> String.valueOf(t.startAudioMuted()));
        ROWS.put("config.js `startVideoMuted`", t -> String.valueOf(t.startVideoMuted()));
        ROWS.put("config.js `channelLastN`", t -> String.valueOf(t.channelLastN()));
        ROWS.put("config.js `resolution`, `constraints.video.height` ideal and max", t -> String.valueOf(t.resolution()));
        ROWS.put("config.js `constraints.video.height` min", t -> String.valueOf(t.minimumHeight()));
        ROWS.put("config.js `maxFullResolutionParticipants`", t -> String.valueOf(t.maxFullResolutionParticipants()));
        ROWS.put("jvb.conf `videobridge.load-management.conference-last-n-limits`", t -> sizes(t.lastNLimits()));
        ROWS.put("jvb.conf `videobridge.loudest.route-loudest-only`", t -> String.valueOf(t.routeLoudestOnly()));
        ROWS.put("jicofo.conf `jicofo.conference.source-signaling-delays`", t -> sizes(t.signalingDelays()));
        ROWS.put("jicofo `LimitNOFILE`, `LimitNPROC`, `TasksMax`", MeetingSizesDocumentTest::limit);
        ROWS.put("Prosody `LimitNOFILE`", MeetingSizesDocumentTest::limit);
        ROWS.put("Processor cores (at least)", t -> String.valueOf(t.minimumCores()));
        ROWS.put("Memory (at least)", t -> t.minimumMemoryGigabytes() + " GB");
        ROWS.put("Network, each direction (about)", t -> Requirements.bandwidth(t.bandwidthMegabits()));
    }

    private static String sizes(Map<Integer, Integer> map) {
        return map.isEmpty() ? "none"
                : map.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String limit(SizeTuning tuning) {
        return tuning.serviceLimit() == 0 ? "default" : String.valueOf(tuning.serviceLimit());
    }

    @Test
    void theSettingsTableIsTheCodesTable() throws IOException {
        List<List<String>> rows = tableAfter("## The table");
        assertEquals(List.of("Setting", "up to 10", "up to 25", "up to 50", "up to 100", "more than 100", "Why"), rows.get(0));
        List<String> documented = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Function<SizeTuning, String> value = ROWS.get(row.get(0));
            assertTrue(value != null, "a row the code does not know: " + row.get(0));
            for (MeetingSize size : MeetingSize.values()) {
                assertEquals(value.apply(TuningTable.of(size)), row.get(1 + size.ordinal()), row.get(0) + ", " + size);
            }
            assertTrue(row.get(6).length() > 20, "every row says why: " + row.get(0));
            documented.add(row.get(0));
        }
        assertEquals(List.copyOf(ROWS.keySet()), documented);
    }

    @Test
    void theMemoryExamplesAreTheFormulasResults() throws IOException {
        List<List<String>> rows = tableAfter("## The Java services' memory");
        assertEquals(List.of("Memory the system reports", "videobridge", "jicofo"), rows.get(0));
        assertTrue(rows.size() > 3);
        for (List<String> row : rows.subList(1, rows.size())) {
            JavaHeap heap = JavaHeap.forMemory(Long.parseLong(row.get(0).replace(" MB", "")));
            assertEquals(List.of(heap.videobridgeMegabytes() + "m", heap.jicofoMegabytes() + "m"), row.subList(1, 3), row.get(0));
        }
    }

    @Test
    void theExampleWarningIsTheOneTheCodeGives() throws IOException {
        String text = String.join(" ", document().split("\\s*\n\\s*"));
        String warning = Requirements.warning(new org.ownmeet.installers.engine.ServerFacts(2, 24000, List.of(), java.util.Set.of()),
                TuningTable.of(MeetingSize.UP_TO_25)).orElseThrow();
        assertTrue(text.contains("\"" + warning + "\""), warning);
    }

    private static String document() throws IOException {
        return Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("meeting-sizes.md"));
    }

    /** The rows of the first table after {@code heading}, cells trimmed, without the separator line. */
    private static List<List<String>> tableAfter(String heading) throws IOException {
        List<String> lines = document().lines().toList();
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "no heading " + heading);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("|")) {
                if (!line.startsWith("|---")) {
                    rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
                }
            } else if (!rows.isEmpty()) {
                break;
            }
        }
        return rows;
    }
}
