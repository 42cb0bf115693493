package org.ownmeet.installers.upkeep.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;

/** Findings of every code, as the health report makes them from servers' answers (for the texts' tests too). */
public final class HealthSamples {
    private static final long NOW = 1_790_000_000L;
    private static final long DAY = 86_400;

    private HealthSamples() {
    }

    /** One finding per code, the first answer that gives it. */
    public static Map<String, HealthFinding> byCode() {
        Map<String, HealthFinding> found = new LinkedHashMap<>();
        for (String answer : answers()) {
            for (Profile profile : List.of(ProfileSamples.school(), ProfileSamples.school().withUpkeep(new Profile.Upkeep(true,
                    "03:30", false)))) {
                ServerHealth.judge(HealthFacts.parse("now " + NOW + "\n" + answer), profile).forEach(f -> found.putIfAbsent(f.code(), f));
            }
        }
        found.put("unreadable", HealthFinding.of("unreadable", Level.PROBLEM, "OwnMeet could not read how the server is doing: "
                + "The connection broke off.", "The connection broke off."));
        return found;
    }

    private static List<String> answers() {
        List<String> answers = new ArrayList<>();
        long[][] levels = {{30, 40, 3000, 4000, 60}, {5, 40, 380, 4000, 10}, {0, 40, 100, 4000, 3}};
        for (long[] l : levels) {
            answers.add("disk-free-kb " + l[0] * 1_048_576 + "\ndisk-total-kb " + l[1] * 1_048_576 + "\nmemory-available-kb "
                    + l[2] * 1024 + "\nmemory-total-kb " + l[3] * 1024 + "\ncertificate-end " + (NOW + l[4] * DAY + 60)
                    + "\nservice nginx active\nservice jicofo active");
        }
        answers.add("pending-all 0\npending-security 0\ncertificate-end " + (NOW - DAY) + "\nservice coturn failed\nreboot-required yes");
        answers.add("pending-all 3\npending-security 1\npending-security-since " + (NOW - 8 * DAY) + "\nlast-upgrade " + (NOW - 60));
        answers.add("pending-all 3\npending-security 1\nlast-upgrade " + (NOW - 5 * 3600));
        answers.add("pending-all 2\npending-security 0\nlast-upgrade " + (NOW - 3 * DAY));
        return answers;
    }
}
