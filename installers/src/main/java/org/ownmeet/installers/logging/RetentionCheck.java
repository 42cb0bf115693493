package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/**
 * The days the documents state are the days the server keeps: logrotate runs daily, every rotation
 * file OwnMeet edits keeps the chosen days, and the journal's setting says the same. Compared with
 * exactly what the installer writes, so the two cannot drift apart.
 */
final class RetentionCheck implements ServerCheck {
    private final int days;

    RetentionCheck(int days) {
        this.days = days;
    }

    @Override
    public CheckId id() {
        return CheckId.LOG_RETENTION;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        List<String> paths = new ArrayList<>(LogRotation.FILES);
        paths.add(JournalRetention.PATH);
        Map<String, FileSnapshot> files = session.files().read(paths);
        String logrotate = session.run(RemoteScript.asRoot("check that logrotate runs daily", LogrotateRuns.PROBE.script()).quiet())
                .requireSuccess().stdoutText();
        List<String> wrong = new ArrayList<>();
        for (String path : LogRotation.FILES) {
            FileSnapshot file = files.get(path);
            if (file.exists() && !keeps(file.text())) {
                wrong.add(path);
            }
        }
        FileSnapshot journal = files.get(JournalRetention.PATH);
        if (!journal.exists() || !journal.text().equals(JournalRetention.content(days))) {
            wrong.add(JournalRetention.PATH);
        }
        boolean runs = LogrotateRuns.installed(logrotate) && LogrotateRuns.timerOn(logrotate);
        if (runs && wrong.isEmpty()) {
            return CheckResult.passed(id());
        }
        String reason = (runs ? "" : "logrotate, which deletes old logs, does not run every day on the server. ")
                + (wrong.isEmpty() ? "" : "Some logs are not set to be deleted after " + days + " day(s): " + String.join(", ", wrong)
                + ". ") + "Run OwnMeet again to set it right.";
        return CheckResult.failed(id(), reason.strip(), "logrotate: " + logrotate.strip().replace('\n', ' ')
                + "; files not as OwnMeet writes them for " + days + " day(s): " + (wrong.isEmpty() ? "none" : String.join(" ", wrong)));
    }

    private boolean keeps(String text) {
        try {
            return LogRotation.withRetention(text, days).equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
