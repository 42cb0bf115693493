package org.ownmeet.installers.logging;

import org.ownmeet.installers.engine.Probe;

/**
 * How long the system journal keeps its entries, in a drop-in file of OwnMeet's own. journald deletes
 * whole journal files, so each file holds at most a day ({@code MaxFileSec}) and entries go at most a
 * day after the chosen period. {@code MaxRetentionSec=0} would mean "no limit", so 0 days is a journal
 * kept in memory only (gone at every restart of the server) and at most a day; the journal files
 * stored before are deleted then ({@link ForgetStoredJournal}).
 */
final class JournalRetention {
    static final String PATH = "/etc/systemd/journald.conf.d/ownmeet-retention.conf";
    static final String SERVICE = "systemd-journald";
    static final String STORED = "/var/log/journal";
    static final Probe STORED_PROBE = new Probe("stored-journal",
            "find " + STORED + " -type f -name '*.journal*' 2>/dev/null | head -n 1 | wc -l");

    private JournalRetention() {
    }

    static String content(int days) {
        if (days == 0) {
            return """
                    # OwnMeet: the system journal is kept in memory only, for at most a day (OwnMeet rewrites this file)
                    [Journal]
                    Storage=volatile
                    MaxRetentionSec=1day
                    MaxFileSec=1day
                    """;
        }
        return "# OwnMeet: the system journal keeps its entries " + days + (days == 1 ? " day" : " days")
                + ", the retention you chose (OwnMeet rewrites this file)\n"
                + "[Journal]\nMaxRetentionSec=" + days + "day\nMaxFileSec=1day\n";
    }

    /** Whether journal files stored on disk remain (they must go when the journal is kept in memory only). */
    static boolean hasStoredFiles(String probeAnswer) {
        return !probeAnswer.strip().equals("0") && !probeAnswer.isBlank();
    }
}
