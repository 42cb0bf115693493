package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshSession;

/** What an {@link ActionChange} works with: the connection, the listener, and where new host passwords go. */
public final class ApplyContext {
    private final SshSession session;
    private final EngineListener listener;
    private final ApplyOptions options;
    private final List<HostCredential> newCredentials = new ArrayList<>();

    ApplyContext(SshSession session, EngineListener listener, ApplyOptions options) {
        this.session = session;
        this.listener = listener;
        this.options = options;
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
