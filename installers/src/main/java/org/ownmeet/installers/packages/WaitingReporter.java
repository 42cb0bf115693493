package org.ownmeet.installers.packages;

import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.event.SshEventListener;

/** Turns the package scripts' marker lines into events a person understands, and hands the other lines on. */
final class WaitingReporter implements SshEventListener {
    private final ApplyContext context;
    private String lastHolder = "";

    WaitingReporter(ApplyContext context) {
        this.context = context;
    }

    @Override
    public void on(SshEvent event) {
        if (event instanceof SshEvent.OutputLine line && line.text().startsWith(AptScript.WAITING)) {
            String holder = line.text().substring(AptScript.WAITING.length()).strip();
            if (!holder.equals(lastHolder)) {
                lastHolder = holder;
                String[] fields = holder.split(" ", 2);
                context.listener().on(new EngineEvent.Waiting("System updates are in progress on the server ("
                        + (fields.length > 1 ? fields[1] : "a package tool") + ", process " + fields[0]
                        + "); OwnMeet waits for them to finish."));
            }
        } else if (event instanceof SshEvent.OutputLine line && line.text().startsWith(AptScript.STOPPED_LEFTOVER)) {
            String[] fields = line.text().split(" ", 3);
            context.listener().on(new EngineEvent.Note("A leftover of that interrupted installation (" + (fields.length > 2
                    ? fields[2] : "a package script") + ", process " + fields[1] + ") still held the package settings; OwnMeet stopped it."));
        } else if (event instanceof SshEvent.OutputLine line && line.text().equals(AptScript.HEALING)) {
            context.listener().on(new EngineEvent.Note("A package installation on the server was interrupted earlier; "
                    + "OwnMeet finishes it first."));
        }
        context.listener().on(event);
    }
}
