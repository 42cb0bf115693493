package org.ownmeet.installers.logging;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * logrotate is what deletes old logs, so it must be there and run every day. A minimal Debian has no
 * logrotate at all (nginx and Prosody bring their rotation files, not the program); the package
 * starts its daily systemd timer itself. A timer someone switched off is switched on again.
 */
final class LogrotateRuns {
    static final String TIMER = "logrotate.timer";
    private static final List<String> PACKAGE = List.of("logrotate");
    /** Whether the package is installed (as {@link InstallPackages#probe} says it), then the timer's state. */
    static final Probe PROBE = new Probe("logrotate", InstallPackages.probe("logrotate", PACKAGE).script()
            + "; systemctl is-enabled " + TIMER + " 2>/dev/null || true");

    private LogrotateRuns() {
    }

    static boolean installed(String probeAnswer) {
        return InstallPackages.missing(probeAnswer, PACKAGE).isEmpty();
    }

    static boolean timerOn(String probeAnswer) {
        return probeAnswer.lines().map(String::strip).anyMatch(state -> state.equals("enabled") || state.equals("static"));
    }

    /** What makes logrotate run daily, before its files are changed (its check needs the program). */
    static List<Change> changes(String probeAnswer, Duration lockWait) {
        if (!installed(probeAnswer)) {
            return List.of(new InstallPackages(PACKAGE, "it deletes the logs older than the days you chose",
                    lockWait));
        }
        return timerOn(probeAnswer) ? List.of() : List.of(new EnableTimer());
    }

    record EnableTimer() implements ActionChange {
        @Override
        public String summary() {
            return "Let logrotate run every day again: it deletes the logs older than the days you chose";
        }

        @Override
        public String detail() {
            return "systemctl unmask " + TIMER + "; systemctl enable --now " + TIMER;
        }

        @Override
        public Set<String> restarts() {
            return Set.of();
        }

        @Override
        public void apply(ApplyContext context) {
            context.session().run(RemoteScript.asRoot("switch on logrotate's timer", "systemctl unmask " + TIMER
                    + "\nsystemctl enable --now " + TIMER + "\n")).requireSuccess();
        }
    }
}
