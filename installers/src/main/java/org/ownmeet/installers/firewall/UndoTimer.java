package org.ownmeet.installers.firewall;

import java.time.Duration;

import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.ssh.files.RemoteFiles;

/**
 * The firewall's {@link org.ownmeet.installers.guard.UndoTimer}: ufw's files, and whether its rules were
 * loaded, are saved before a change; the undo puts the files back and has ufw load exactly them (or stay
 * off, as it was).
 */
final class UndoTimer {
    private static final org.ownmeet.installers.guard.UndoTimer TIMER = new org.ownmeet.installers.guard.UndoTimer("firewall",
            UfwState.FILES, "if [ -n \"$ufw_init\" ] && \"$ufw_init\" status >/dev/null 2>&1; then echo yes > %1$s; else echo no > %1$s; fi"
                    .formatted("/var/lib/ownmeet/firewall-undo/was-running"),
            ScriptResource.of(UndoTimer.class, "undo-reload.sh").insert("FIND_UFW_INIT", UfwInit.FIND.strip())
                    .fill("WAS_RUNNING", "/var/lib/ownmeet/firewall-undo/was-running").text(),
            "the firewall change");
    static final String DIR = TIMER.dir();
    static final String SAVED = TIMER.saved();
    static final String WAS_RUNNING = DIR + "/was-running";
    static final String UNIT = TIMER.unit();
    static final String UNDID_EARLIER = org.ownmeet.installers.guard.UndoTimer.UNDID_EARLIER;
    static final String CONFIRMED = org.ownmeet.installers.guard.UndoTimer.CONFIRMED;
    static final String ALREADY_UNDONE = org.ownmeet.installers.guard.UndoTimer.ALREADY_UNDONE;
    static final int GONE = org.ownmeet.installers.guard.UndoTimer.GONE;

    private UndoTimer() {
    }

    /** Reads ufw as it is (its files and {@link FirewallProbe}'s lines) for the change to be worked out on, and arms. */
    static String armScript(Duration window) {
        return TIMER.armScript(window, FirewallProbe.PROBE.script() + RemoteFiles.readScript(UfwState.FILES));
    }

    static String changeScript(String commands) {
        return TIMER.changeScript(commands);
    }

    static String confirmScript(String backupFolder) {
        return TIMER.confirmScript(backupFolder);
    }

    static String undoNowScript() {
        return TIMER.undoNowScript();
    }

    static String disarmScript() {
        return TIMER.disarmScript();
    }
}
