package org.ownmeet.installers.ssh.event;

/** Receives {@link SshEvent}s, on the threads that read the connection: hand them on, do not block. */
@FunctionalInterface
public interface SshEventListener {
    SshEventListener NONE = event -> { };

    void on(SshEvent event);
}
