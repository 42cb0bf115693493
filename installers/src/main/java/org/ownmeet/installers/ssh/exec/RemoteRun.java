package org.ownmeet.installers.ssh.exec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.schmizz.sshj.connection.channel.direct.Session;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.event.SshEvent.Stream;
import org.ownmeet.installers.ssh.problem.CommandCancelledProblem;
import org.ownmeet.installers.ssh.problem.CommandTimedOutProblem;
import org.ownmeet.installers.ssh.problem.ConnectionLostProblem;
import org.ownmeet.installers.ssh.problem.ExitStatusMissingProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;

/**
 * One script running on the server. stdout and stderr are read at the same time, line by line, by
 * threads of their own, so neither can fill up and block the other. With sudo, the password is the
 * first line on stdin; the script follows only once the start line shows sudo accepted it, so a
 * wrong password is never retried with the script's own lines.
 */
public final class RemoteRun {
    private static final Pattern STARTED = Pattern.compile("^" + LaunchLine.STARTED + " (\\d+)$");
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration STDIN_GRACE = Duration.ofSeconds(2);

    private final ScriptRunner runner;
    private final RemoteScript script;
    private final boolean sudoPassword;
    private final OutputCapture stdout;
    private final OutputCapture stderr;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile long pgid = -1;
    private volatile SshProblem refused;
    private volatile IOException broken;
    private volatile boolean cancelled;
    private volatile Session.Command command;
    private Thread[] threads;
    private long startNanos;

    private final org.ownmeet.installers.ssh.event.SshEventListener alsoTo;

    RemoteRun(ScriptRunner runner, RemoteScript script, org.ownmeet.installers.ssh.event.SshEventListener alsoTo) {
        this.runner = runner;
        this.alsoTo = alsoTo;
        this.script = script;
        this.sudoPassword = script.root() && runner.privilege() == Privilege.SUDO_WITH_PASSWORD;
        this.stdout = script.silent() ? OutputCapture.all() : OutputCapture.tail();
        this.stderr = OutputCapture.tail();
    }

    RemoteRun begin() {
        startNanos = System.nanoTime();
        emit(new SshEvent.CommandStarted(script.label()));
        try {
            command = runner.open(LaunchLine.build(script.root() ? runner.privilege() : null, script.timeout()));
        } catch (IOException e) {
            throw lost(e);
        }
        if (cancelled) {
            // cancelled while the channel opened: the script is never sent, and bash ends at the closed stdin
            closeQuietly();
        }
        threads = new Thread[] {
            thread("stdout", () -> read(command.getInputStream(), Stream.STDOUT)),
            thread("stderr", () -> read(command.getErrorStream(), Stream.STDERR)),
            thread("stdin", this::feed)
        };
        return this;
    }

    /** Waits for the end; a script that ran and exited (with any status) is a result, everything else a problem. */
    public RunResult await() {
        try {
            return awaitEnd();
        } finally {
            runner.ended(this);
        }
    }

    private RunResult awaitEnd() {
        Duration limit = script.timeout().plus(LaunchLine.killAfter()).plusSeconds(15);
        long deadline = startNanos + limit.toNanos();
        for (Thread reader : new Thread[] {threads[0], threads[1]}) {
            if (!join(reader, deadline)) {
                stopRemotely();
                throw new CommandTimedOutProblem(runner.host(), script.label(), script.timeout());
            }
        }
        // Both streams are at their end. A writer still blocked waiting for window space from a server
        // that is gone is not woken by SSHJ; it is let go rather than waited for.
        if (!join(threads[2], System.nanoTime() + STDIN_GRACE.toNanos())) {
            threads[2].interrupt();
        }
        Integer status = exitStatus();
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        emit(new SshEvent.CommandFinished(script.label(), status, took));
        if (cancelled) {
            throw new CommandCancelledProblem(runner.host(), script.label());
        }
        if (refused != null) {
            throw refused;
        }
        if (broken != null || !runner.isConnected()) {
            throw lost(broken);
        }
        if (status == null) {
            throw new ExitStatusMissingProblem(runner.host(), script.label(), String.valueOf(command.getExitSignal()));
        }
        if (LaunchLine.isTimeoutStatus(status) && took.compareTo(script.timeout()) >= 0) {
            throw new CommandTimedOutProblem(runner.host(), script.label(), script.timeout());
        }
        return new RunResult(runner.host(), script.label(), status, stdout.lines(), stderr.lines(), took, script.silent());
    }

    /**
     * Stops the script and everything it started on the server; {@link #await()} then reports the
     * cancellation. Safe at any moment: a script not yet sent is never sent.
     */
    public void cancel() {
        cancelled = true;
        stopRemotely();
    }

    private void stopRemotely() {
        // pgid is known before the script is sent (feed waits for it), and feed sends nothing once cancelled
        if (pgid > 0) {
            runner.killGroup(pgid, script.root());
        }
        closeQuietly();
    }

    private void feed() {
        try (OutputStream in = command.getOutputStream()) {
            if (sudoPassword) {
                byte[] password = runner.sudoPassword().utf8();
                try {
                    in.write(password);
                    in.write('\n');
                    in.flush();
                } finally {
                    Arrays.fill(password, (byte) 0);
                }
            }
            if (!started.await(START_WAIT.toMillis(), TimeUnit.MILLISECONDS) || refused != null || pgid < 0 || cancelled) {
                return;
            }
            in.write(LaunchLine.wrap(script.body()).getBytes(StandardCharsets.UTF_8));
            if (script.data() != null) {
                in.write(script.data());
            }
            in.flush();
        } catch (IOException e) {
            // the reading side sees the broken channel and reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(InputStream stream, Stream which) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (which == Stream.STDERR && pgid < 0 && beforeStart(line)) {
                    continue;
                }
                (which == Stream.STDOUT ? stdout : stderr).add(line);
                if (!script.silent()) {
                    emit(new SshEvent.OutputLine(script.label(), which, line));
                }
            }
        } catch (IOException e) {
            if (!cancelled) {
                broken = e;
            }
        } finally {
            if (which == Stream.STDERR) {
                started.countDown();
            }
        }
    }

    /** Lines on stderr before the start line come from sudo; true if the line was consumed here. */
    private boolean beforeStart(String line) {
        Matcher matcher = STARTED.matcher(line);
        if (matcher.matches()) {
            pgid = Long.parseLong(matcher.group(1));
            started.countDown();
            return true;
        }
        SshProblem problem = SudoReply.problem(runner.user(), line);
        if (problem != null) {
            if (refused == null) {
                refused = problem;
            }
            started.countDown();
            closeQuietly();
            return true;
        }
        return false;
    }

    private Integer exitStatus() {
        try {
            command.join(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no status is handled by the caller
        }
        closeQuietly();
        return command.getExitStatus();
    }

    private void closeQuietly() {
        Session.Command open = command;
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private ConnectionLostProblem lost(Throwable cause) {
        return new ConnectionLostProblem(runner.host(), "running \"" + script.label() + "\"", cause);
    }

    private void emit(SshEvent event) {
        runner.emit(event);
        alsoTo.on(event);
    }

    private static boolean join(Thread thread, long deadlineNanos) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !thread.isAlive();
    }

    private Thread thread(String name, Runnable body) {
        Thread thread = new Thread(body, "ssh-" + name + "-" + script.label());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
