package org.ownmeet.installers.firewall;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.ssh.files.RemoteFiles;

/**
 * Brings ufw to the wanted rules under the {@link UndoTimer}: arm it (reading ufw as it is at that
 * moment, which is what the change is worked out on), change, then log in anew; only that new login
 * cancels the timer. If the new login fails, the change is undone at once over the connection that is
 * still open (ufw keeps established connections), a further new login must work, and the run stops
 * with {@link FirewallCutOffProblem}. If OwnMeet goes away in between, the timer undoes the change.
 *
 * @param planned what the plan showed, worked out on the state read before the run
 * @param undoFirst an interrupted run left a change unconfirmed; it is undone before anything else
 */
record ConfigureFirewall(List<FirewallRule> wanted, FirewallDiff planned, boolean undoFirst, Duration window)
        implements ActionChange {
    static final String CHANGE_LABEL = "change the firewall";
    private static final Duration ACCESS_CHECK_MARGIN = Duration.ofSeconds(30);
    private static final Duration ACCESS_CHECK_PAUSE = Duration.ofSeconds(2);

    ConfigureFirewall {
        wanted = List.copyOf(wanted);
    }

    @Override
    public String summary() {
        String change = planned.turnOn() ? "Turn on the firewall (ufw) for SSH and the meeting ports"
                : planned.isEmpty() ? "" : "Firewall: " + String.join("; ", planned.lines());
        if (!undoFirst) {
            return change;
        }
        return "Undo the firewall change an interrupted run left unconfirmed" + (change.isEmpty() ? "" : ", then: " + change);
    }

    @Override
    public String detail() {
        StringBuilder detail = new StringBuilder();
        planned.lines().forEach(line -> detail.append("- ").append(line).append('\n'));
        return detail.append("Rules of your own stay as they are. Before the change the server sets a timer that puts the "
                + "previous firewall back after ").append(inWords(window)).append("; OwnMeet stops it only once a new SSH "
                + "login works.").toString();
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        SshSession session = context.session();
        RunResult armed = session.run(RemoteScript.asRoot("arm the firewall's undo timer", UndoTimer.armScript(window)).quiet())
                .requireSuccess();
        long armedAt = System.nanoTime();
        if (armed.stdout().contains(UndoTimer.UNDID_EARLIER)) {
            context.listener().on(new EngineEvent.Note("A firewall change of an earlier run was never confirmed by a new "
                    + "login; OwnMeet undid it first."));
        }
        Map<String, FileSnapshot> files = RemoteFiles.parseRead(UfwState.FILES, armed.stdout());
        UfwState now = UfwState.read(files::get, "", FirewallProbe.parse(armed.stdoutText()).running());
        FirewallDiff diff = FirewallDiff.between(now, wanted);
        if (diff.isEmpty()) {
            session.run(RemoteScript.asRoot("stop the firewall's undo timer", UndoTimer.disarmScript()).quiet()).requireSuccess();
            return;
        }
        change(context, now, diff);
        confirm(context, armedAt);
    }

    private void change(ApplyContext context, UfwState now, FirewallDiff diff) {
        SshSession session = context.session();
        if (diff.ipv6On()) {
            session.files().write(FileWrite.of(UfwSettings.DEFAULTS, UfwSettings.withIpv6(now.defaultsFile())));
        }
        // to the end even on a cancel: half of ufw's rules would stand until the undo timer
        RunResult result = session.run(RemoteScript.asRoot(CHANGE_LABEL, UndoTimer.changeScript(diff.commands()))
                .withTimeout(Duration.ofMinutes(5)).runToTheEnd());
        if (result.exitStatus() == UndoTimer.GONE) {
            throw new FirewallUnconfirmedProblem(window);
        }
        if (!result.succeeded()) {
            undoNow(session);
            throw new FirewallChangeFailedProblem(result.exitStatus(), result.stderr().isEmpty() ? result.stdout() : result.stderr());
        }
    }

    /** A new login that gets root stops the timer; the files saved before the change stay as this run's backup. */
    private void confirm(ApplyContext context, long armedAt) {
        SshSession session = context.session();
        SshSession fresh;
        try {
            fresh = session.freshLogin();
        } catch (Problem shutOut) {
            throw cutOff(context, armedAt, shutOut);
        }
        try (fresh) {
            try {
                fresh.checkAdministratorRights();
            } catch (Problem shutOut) {
                throw cutOff(context, armedAt, shutOut);
            }
            String answer = fresh.run(RemoteScript.asRoot("confirm the firewall change from a new login",
                    UndoTimer.confirmScript(session.files().backupFolder())).quiet()).requireSuccess().stdoutText();
            if (!answer.contains(UndoTimer.CONFIRMED)) {
                throw new FirewallUnconfirmedProblem(window);
            }
        }
    }

    /** Undoes at once, then waits (up to the timer and a margin) until a new login works again. */
    private Problem cutOff(ApplyContext context, long armedAt, Problem newLogin) {
        SshSession session = context.session();
        context.listener().on(new EngineEvent.Waiting("A new login to the server failed after the firewall change; "
                + "OwnMeet undoes the change and checks that logging in works again."));
        try {
            undoNow(session);
        } catch (Problem lost) {
            // the connection went too: the timer undoes it
        }
        long deadline = armedAt + window.plus(ACCESS_CHECK_MARGIN).toNanos();
        while (true) {
            try (SshSession again = session.freshLogin()) {
                again.checkAdministratorRights();
                return new FirewallCutOffProblem(session.target().toString(), newLogin);
            } catch (Problem stillShutOut) {
                if (System.nanoTime() > deadline) {
                    return new FirewallUndoPendingProblem(session.target().toString(), window, newLogin);
                }
            }
            pause();
        }
    }

    private static void undoNow(SshSession session) {
        session.run(RemoteScript.asRoot("undo the firewall change", UndoTimer.undoNowScript()).quiet()).requireSuccess();
    }

    private static void pause() {
        try {
            Thread.sleep(ACCESS_CHECK_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server to let logins in again", e);
        }
    }

    /** "2 minutes", "45 seconds". */
    /** How {@link #inWords} says the time, for the translated sentences: "" (minutes), "one-minute" or "seconds". */
    static String unitOf(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 60 == 0) {
            return seconds == 60 ? "one-minute" : "";
        }
        return "seconds";
    }

    /** The number {@link #inWords} says: minutes, or seconds when the time is not whole minutes. */
    static long amountOf(Duration window) {
        long seconds = window.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 : seconds;
    }

    static String inWords(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 60 == 0) {
            return seconds == 60 ? "1 minute" : seconds / 60 + " minutes";
        }
        return seconds + " seconds";
    }
}
