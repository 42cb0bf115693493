package org.ownmeet.installers.firewall;

import java.time.Duration;

import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.files.RemoteFiles;

/**
 * The dead-man switch around a firewall change. Before the change, ufw's files and whether its rules
 * were loaded are saved in {@value #DIR}, and a transient systemd timer ({@value #UNIT}) is armed
 * that puts them back and has ufw load exactly them. Only a new SSH login cancels it; if none comes
 * (the change shut SSH out, or OwnMeet lost the connection), the server is back as it was once the
 * window has passed. Undoing, the change and the confirmation take one lock, so the timer can never
 * run in the middle of one of them, and whichever comes second finds nothing left to do.
 */
final class UndoTimer {
    static final String DIR = "/var/lib/ownmeet/firewall-undo";
    static final String SAVED = DIR + "/saved";
    static final String WAS_RUNNING = DIR + "/was-running";
    static final String UNIT = "ownmeet-firewall-undo";
    static final String UNDID_EARLIER = "OWNMEET-UNDID-EARLIER";
    static final String CONFIRMED = "OWNMEET-CONFIRMED";
    static final String ALREADY_UNDONE = "OWNMEET-ALREADY-UNDONE";
    static final int GONE = 3;
    private static final String LOCK = "exec 9>/run/ownmeet-firewall.lock\nflock 9\n";

    private UndoTimer() {
    }

    /** Puts ufw's saved files back, has ufw load them (or stay off), and forgets the saved state; nothing if none is saved. */
    private static String undoFunction() {
        StringBuilder restore = new StringBuilder();
        for (String file : UfwState.FILES) {
            String target = ShellQuote.quote(file);
            String saved = ShellQuote.quote(SAVED + file);
            restore.append("  if [ -f ").append(saved).append(" ]; then cp -a -- ").append(saved).append(' ').append(target)
                    .append(".ownmeet-undo && mv -f -- ").append(target).append(".ownmeet-undo ").append(target)
                    .append("; else rm -f -- ").append(target).append("; fi\n");
        }
        return """
                ownmeet_undo() {
                  [ -d %1$s ] || return 0
                %2$s  sync
                  local ufw_init f
                %5$s
                  "$ufw_init" force-stop >/dev/null 2>&1 || true
                  if [ "$(cat %3$s 2>/dev/null)" = yes ]; then "$ufw_init" start; fi
                  rm -rf -- %4$s
                  logger -t ownmeet "the firewall change was not confirmed by a new SSH login; the firewall before it is back" || true
                }
                """.formatted(SAVED, restore, WAS_RUNNING, DIR, FirewallProbe.FIND_UFW_INIT.strip());
    }

    /**
     * Undoes what an interrupted run left unconfirmed, prints ufw's state as it is now (its files and
     * {@link FirewallProbe}'s lines) for the change to be worked out on, saves that state, and arms the timer.
     */
    static String armScript(Duration window) {
        return LOCK + undoFunction() + """
                if [ -d %1$s ]; then
                  systemctl stop %2$s.timer >/dev/null 2>&1 || true
                  ownmeet_undo
                  echo %3$s
                fi
                """.formatted(SAVED, UNIT, UNDID_EARLIER)
                + FirewallProbe.PROBE.script() + RemoteFiles.readScript(UfwState.FILES) + """
                systemctl stop %2$s.timer %2$s.service >/dev/null 2>&1 || true
                systemctl reset-failed %2$s.timer %2$s.service >/dev/null 2>&1 || true
                rm -rf -- %3$s
                install -d -m 700 %3$s %1$s
                for f in %4$s; do
                  if [ -f "$f" ]; then mkdir -p -- "%1$s$(dirname -- "$f")"; cp -a -- "$f" "%1$s$f"; fi
                done
                if [ -n "$ufw_init" ] && "$ufw_init" status >/dev/null 2>&1; then echo yes > %5$s; else echo no > %5$s; fi
                { echo '#!/bin/bash'
                  echo '# OwnMeet: puts the firewall back as it was before a change that no new SSH login confirmed.'
                  echo 'exec 9>/run/ownmeet-firewall.lock'
                  echo 'flock 9'
                  declare -f ownmeet_undo
                  echo ownmeet_undo; } > %3$s/undo.sh
                chmod 700 %3$s/undo.sh
                sync
                systemd-run --quiet --unit=%2$s --description='OwnMeet: undo an unconfirmed firewall change' \\
                  --on-active=%6$ds --timer-property=AccuracySec=1s /bin/bash %3$s/undo.sh
                """.formatted(SAVED, UNIT, DIR, String.join(" ", UfwState.FILES), WAS_RUNNING, window.toSeconds());
    }

    /** The change, run only while the timer still guards it (exit {@value #GONE} if it has already undone). */
    static String changeScript(String commands) {
        return LOCK + """
                if [ ! -d %1$s ]; then echo "the firewall's undo timer has already run" >&2; exit %2$d; fi
                """.formatted(SAVED, GONE) + commands;
    }

    /**
     * Run over a new login: stops the timer and keeps the saved files as the backup of this run
     * (under {@code backupFolder}, as every file OwnMeet replaces); says if the timer came first.
     */
    static String confirmScript(String backupFolder) {
        return LOCK + """
                if [ -d %1$s ]; then
                  systemctl stop %2$s.timer >/dev/null 2>&1 || true
                  install -d -m 700 %3$s
                  cp -a -- %1$s/. %3$s/
                  rm -rf -- %4$s
                  echo %5$s
                else
                  echo %6$s
                fi
                """.formatted(SAVED, UNIT, ShellQuote.quote(backupFolder), DIR, CONFIRMED, ALREADY_UNDONE);
    }

    /** Undoes at once, over a connection that is still open, instead of waiting for the timer. */
    static String undoNowScript() {
        return LOCK + undoFunction() + "systemctl stop " + UNIT + ".timer >/dev/null 2>&1 || true\nownmeet_undo\n";
    }

    /** Nothing turned out to need changing: the timer is stopped and the saved state forgotten. */
    static String disarmScript() {
        return LOCK + "systemctl stop " + UNIT + ".timer >/dev/null 2>&1 || true\nrm -rf -- " + DIR + "\n";
    }
}
