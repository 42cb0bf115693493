package org.ownmeet.installers.upkeep.health;

import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;

/** The limits at which a measure becomes a warning or a problem, and how it is said. */
final class Limits {
    private Limits() {
    }

    /** Under 20 % or 3 GB free a warning (package upgrades and logs need room), under 10 % or 1 GB a problem. */
    static HealthFinding disk(long freeKb, long totalKb) {
        long percent = 100 * freeKb / Math.max(totalKb, 1);
        String sentence = gigabytes(freeKb) + " GB of " + gigabytes(totalKb) + " GB free on the system disk (" + percent + " %).";
        Level level = percent < 10 || freeKb < 1_048_576 ? Level.PROBLEM
                : percent < 20 || freeKb < 3 * 1_048_576 ? Level.WARNING : Level.OK;
        return HealthFinding.of("disk." + level.name().toLowerCase(), level, sentence, gigabytes(freeKb), gigabytes(totalKb), percent);
    }

    /** The videobridge and jicofo take most memory; under 10 % available a warning, under 5 % a problem. */
    static HealthFinding memory(long availableKb, long totalKb) {
        long percent = 100 * availableKb / Math.max(totalKb, 1);
        String sentence = availableKb / 1024 + " MB of " + totalKb / 1024 + " MB memory available (" + percent + " %).";
        Level level = percent < 5 ? Level.PROBLEM : percent < 10 ? Level.WARNING : Level.OK;
        return HealthFinding.of("memory." + level.name().toLowerCase(), level, sentence, availableKb / 1024, totalKb / 1024, percent);
    }

    /** Let's Encrypt's are renewed 30 days before the end: under 21 days renewal has failed for a while, under 7 it is urgent. */
    static HealthFinding certificate(long daysLeft) {
        if (daysLeft < 0) {
            return HealthFinding.of("certificate.expired", Level.PROBLEM, "The web certificate has run out.");
        }
        Level level = daysLeft < 7 ? Level.PROBLEM : daysLeft < 21 ? Level.WARNING : Level.OK;
        return HealthFinding.of("certificate." + level.name().toLowerCase(), level, "The web certificate is valid for " + daysLeft
                + " more day(s).", daysLeft);
    }

    private static String gigabytes(long kb) {
        return String.format(java.util.Locale.ROOT, "%.1f", kb / 1_048_576.0);
    }
}
