package org.ownmeet.installers.guard;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The dead-man switch around a change that could shut the administrator out (the firewall, SSH's
 * logins). Before the change, the files it touches are saved in {@link #dir()}, and a transient systemd
 * timer ({@link #unit()}) is armed that puts them back and has the service read them again
 * ({@code reload}). Only a new SSH login cancels it; if none comes (the change shut SSH out, or OwnMeet
 * lost the connection), the server is back as it was once the window has passed. Undoing, the change and
 * the confirmation take one lock, so the timer can never run in the middle of one of them, and whichever
 * comes second finds nothing left to do.
 *
 * @param name    what is guarded, a lower-case word ({@code firewall}): it names the folder, the unit and the lock
 * @param files   the files the change may touch; one that did not exist before is removed by the undo
 * @param save    bash run when arming, after the files are saved (more state to keep in {@link #dir()})
 * @param reload  bash run by the undo once the files are back (inside a function: {@code local} works)
 * @param what    what is undone, for the unit's description and the server's log: "an unconfirmed firewall change"
 */
public record UndoTimer(String name, List<String> files, String save, String reload, String what) {
    public static final String UNDID_EARLIER = "OWNMEET-UNDID-EARLIER";
    public static final String CONFIRMED = "OWNMEET-CONFIRMED";
    public static final String ALREADY_UNDONE = "OWNMEET-ALREADY-UNDONE";
    /** The exit status of {@link #changeScript} when the timer has already undone. */
    public static final int GONE = 3;

    public UndoTimer {
        if (!name.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("a lower-case word: " + name);
        }
        files = List.copyOf(files);
    }

    public String dir() {
        return "/var/lib/ownmeet/" + name + "-undo";
    }

    /** Where the files are kept, each under its own path ({@code <saved>/etc/...}). */
    public String saved() {
        return dir() + "/saved";
    }

    public String unit() {
        return "ownmeet-" + name + "-undo";
    }

    private String lock() {
        return "exec 9>/run/ownmeet-" + name + ".lock\nflock 9\n";
    }

    /** The function {@code ownmeet_undo} (see undo-function.sh). */
    private String undoFunction() {
        StringBuilder restore = new StringBuilder();
        for (String file : files) {
            String target = ShellQuote.quote(file);
            String saved = ShellQuote.quote(saved() + file);
            restore.append("  if [ -f ").append(saved).append(" ]; then cp -a -- ").append(saved).append(' ').append(target)
                    .append(".ownmeet-undo && mv -f -- ").append(target).append(".ownmeet-undo ").append(target)
                    .append("; else rm -f -- ").append(target).append("; fi\n");
        }
        return ScriptResource.of(UndoTimer.class, "undo-function.sh").fill("SAVED", saved())
                .insert("RESTORE", restore.toString().stripTrailing()).insert("RELOAD", reload.strip())
                .fill("DIR", dir()).insert("WHAT", what).text();
    }

    /**
     * Undoes what an interrupted run left unconfirmed, prints the state as it is now ({@code readNow},
     * for the change to be worked out on), saves the files, and arms the timer.
     */
    public String armScript(Duration window, String readNow) {
        return lock() + undoFunction() + ScriptResource.of(UndoTimer.class, "undo-earlier.sh").with("SAVED", saved())
                .with("UNIT", unit()).with("UNDID_EARLIER", UNDID_EARLIER).text()
                + readNow + ScriptResource.of(UndoTimer.class, "arm.sh").with("UNIT", unit()).with("DIR", dir())
                .with("SAVED", saved()).withList("FILES", files).with("WHAT", what).with("NAME", name)
                .with("WINDOW", window.toSeconds()).insert("SAVE", save.strip()).text();
    }

    /** The change, run only while the timer still guards it (exit {@value #GONE} if it has already undone). */
    public String changeScript(String commands) {
        return lock() + ScriptResource.of(UndoTimer.class, "change-guard.sh").with("SAVED", saved()).with("GONE", GONE).text()
                + commands;
    }

    /**
     * Run over a new login: stops the timer and keeps the saved files as the backup of this run
     * (under {@code backupFolder}, as every file OwnMeet replaces); says if the timer came first.
     */
    public String confirmScript(String backupFolder) {
        return lock() + ScriptResource.of(UndoTimer.class, "confirm.sh").with("SAVED", saved()).with("UNIT", unit())
                .with("BACKUP", backupFolder).with("DIR", dir()).with("CONFIRMED", CONFIRMED)
                .with("ALREADY_UNDONE", ALREADY_UNDONE).text();
    }

    /** Undoes at once, over a connection that is still open, instead of waiting for the timer. */
    public String undoNowScript() {
        return lock() + undoFunction() + "systemctl stop " + unit() + ".timer >/dev/null 2>&1 || true\nownmeet_undo\n";
    }

    /** Nothing turned out to need changing: the timer is stopped and the saved state forgotten. */
    public String disarmScript() {
        return lock() + "systemctl stop " + unit() + ".timer >/dev/null 2>&1 || true\nrm -rf -- " + dir() + "\n";
    }
}
