package org.ownmeet.installers.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile.MeetingSize;

/**
 * Whether the server is big enough for the meetings asked for: its processor cores and memory against
 * the size's least server. The network cannot be measured from here, so a warning says what the
 * meetings need of it. Memory counts as enough from 90 % of the figure, since the system reports a
 * little less than the machine's nominal memory (an "8 GB" server shows about 7.8 GB).
 */
public final class Requirements {
    static final double MEMORY_TOLERANCE = 0.9;

    private Requirements() {
    }

    /** A warning in plain words if the server is smaller than {@code tuning} needs, or if its size is unknown. */
    public static Optional<String> warning(ServerFacts facts, SizeTuning tuning) {
        return notice(facts, tuning).map(Notice::english);
    }

    /**
     * The same warning with its code and values for the wizard's languages. The values, in this order:
     * the meetings' participants (0 for more than 100), the cores and the memory (whole GB) they need,
     * the network they need, then what the server has: its cores, its memory (as "1.9 GB").
     */
    public static Optional<Notice> notice(ServerFacts facts, SizeTuning tuning) {
        String meetings = meetings(tuning.size());
        String bandwidth = bandwidth(tuning.bandwidthMegabits());
        String network = "a network connection of about " + bandwidth + " in each direction";
        int participants = tuning.size() == MeetingSize.MORE_THAN_100 ? 0 : tuning.participants();
        if (facts.cores() <= 0 || facts.memoryMegabytes() <= 0) {
            return Optional.of(Notice.of("tuning.size-unknown",
                    "OwnMeet could not find out how many processor cores and how much memory this server has. "
                    + capitalised(meetings) + " need at least " + tuning.minimumCores() + " dedicated processor cores, "
                    + tuning.minimumMemoryGigabytes() + " GB of memory and " + network + ".",
                    participants, tuning.minimumCores(), tuning.minimumMemoryGigabytes(), bandwidth));
        }
        List<String> has = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        boolean fewCores = !enoughCores(facts, tuning);
        boolean littleMemory = !enoughMemory(facts, tuning);
        if (fewCores) {
            has.add(facts.cores() + (facts.cores() == 1 ? " processor core" : " processor cores"));
            needs.add(tuning.minimumCores() + " dedicated cores");
        }
        if (littleMemory) {
            has.add(gigabytes(facts.memoryMegabytes()) + " of memory");
            needs.add(tuning.minimumMemoryGigabytes() + " GB");
        }
        if (has.isEmpty()) {
            return Optional.empty();
        }
        String code = fewCores && littleMemory ? "tuning.too-small" : fewCores ? "tuning.too-few-cores" : "tuning.too-little-memory";
        return Optional.of(Notice.of(code, "This server has " + String.join(" and ", has) + "; " + meetings + " need at least "
                + String.join(" and ", needs) + ". Such meetings may stutter or lose people: choose a bigger server, or a "
                + "smaller meeting size. They also need " + network + "; your hosting company can tell you what yours has.",
                participants, tuning.minimumCores(), tuning.minimumMemoryGigabytes(), bandwidth, facts.cores(),
                gigabytes(facts.memoryMegabytes())));
    }

    /** Whether the server has the cores the size needs (false when they are unknown). */
    public static boolean enoughCores(ServerFacts facts, SizeTuning tuning) {
        return facts.cores() >= tuning.minimumCores();
    }

    /** Whether the server has the memory the size needs, counted from 90 % of the figure (false when unknown). */
    public static boolean enoughMemory(ServerFacts facts, SizeTuning tuning) {
        return facts.memoryMegabytes() >= tuning.minimumMemoryGigabytes() * 1024L * MEMORY_TOLERANCE;
    }

    static String meetings(MeetingSize size) {
        SizeTuning tuning = TuningTable.of(size);
        return size == MeetingSize.MORE_THAN_100 ? "meetings of more than 100 people"
                : "meetings of up to " + tuning.participants() + " people";
    }

    static String bandwidth(int megabits) {
        if (megabits < 1000) {
            return megabits + " Mbit/s";
        }
        return String.format(Locale.ROOT, "%s Gbit/s", megabits % 1000 == 0 ? String.valueOf(megabits / 1000)
                : String.valueOf(megabits / 1000.0));
    }

    private static String gigabytes(long megabytes) {
        return megabytes < 2048 ? String.format(Locale.ROOT, "%.1f GB", megabytes / 1024.0) : Math.round(megabytes / 1024.0) + " GB";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
