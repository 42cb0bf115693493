package org.ownmeet.installers.upkeep.health;

import java.util.OptionalLong;

import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;

/** The updates waiting (and how long the oldest security one has), and the last run of the automatic updates. */
final class UpdateFindings {
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    /** The daily run takes a security update within a day or two; a week means something holds it back. */
    static final long WAITING_WARNING_DAYS = 7;
    /** A month unpatched is a risk to name as a problem. */
    static final long WAITING_PROBLEM_DAYS = 30;

    private UpdateFindings() {
    }

    static HealthFinding waiting(HealthFacts facts, long now) {
        long security = facts.number("pending-security").orElse(0);
        long other = facts.number("pending-all").orElse(0) - security;
        if (security == 0 && other <= 0) {
            return HealthFinding.of("updates.none", Level.OK, "No updates are waiting.");
        }
        if (security == 0) {
            return HealthFinding.of("updates.other", Level.OK, other + " update(s) are waiting, none of them a security update.",
                    other);
        }
        String counts = security + " security update(s) and " + other + " other update(s) are waiting; ";
        OptionalLong since = facts.number("pending-security-since");
        if (since.isEmpty()) {
            return HealthFinding.of("updates.pending.age-unknown", Level.WARNING, counts + "how long the oldest has waited "
                    + "is noted from the next refresh of the package lists on.", security, other);
        }
        long days = Math.max(0, now - since.getAsLong()) / DAY;
        Level level = days >= WAITING_PROBLEM_DAYS ? Level.PROBLEM : days >= WAITING_WARNING_DAYS ? Level.WARNING : Level.OK;
        return HealthFinding.of("updates.pending", level, counts + "the oldest security update has been offered for "
                + (days == 0 ? "less than a day" : days + " day(s)") + ".", security, other, days);
    }

    /** apt's stamp is touched only by a run that finished without error. */
    static HealthFinding lastRun(HealthFacts facts, long now) {
        OptionalLong last = facts.number("last-upgrade");
        String finished = "The automatic updates last finished without error ";
        if (last.isEmpty()) {
            return HealthFinding.of("last-run.never", Level.WARNING, "The automatic updates have not finished a run yet.");
        }
        long ago = Math.max(0, now - last.getAsLong());
        if (ago < HOUR) {
            return HealthFinding.of("last-run.recent", Level.OK, finished + "less than an hour ago.");
        }
        if (ago < 2 * DAY) {
            return HealthFinding.of("last-run.hours", Level.OK, finished + ago / HOUR + " hour(s) ago.", ago / HOUR);
        }
        // they run daily: two days without a good run is worth a look, a week is a problem
        Level level = ago >= WAITING_WARNING_DAYS * DAY ? Level.PROBLEM : Level.WARNING;
        return HealthFinding.of("last-run.days", level, finished + ago / DAY + " days ago.", ago / DAY);
    }
}
