package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshSession;

/**
 * What an {@link ActionChange} works with: the connection, the listener, the run's cancellation, and
 * where new host passwords go.
 */
public final class ApplyContext {
    private final SshSession session;
    private final EngineListener listener;
    private final ApplyOptions options;
    private final Cancellation cancellation;
    private final List<HostCredential> newCredentials = new ArrayList<>();

    ApplyContext(SshSession session, EngineListener listener, ApplyOptions options, Cancellation cancellation) {
        this.session = session;
        this.listener = listener;
        this.options = options;
        this.cancellation = cancellation;
    }

    public SshSession session() {
        return session;
    }

    public EngineListener listener() {
        return listener;
    }

    public ApplyOptions options() {
        return options;
    }

    /** Whether the user asked the run to stop (an action that loops may stop between its rounds). */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** A host account was created with this one-time password: it is handed to the caller once and never stored. */
    public void created(String username, Secret password) {
        newCredentials.add(new HostCredential(username, password));
    }

    List<HostCredential> newCredentials() {
        return List.copyOf(newCredentials);
    }

    public record HostCredential(String username, Secret oneTimePassword) {
    }
}
