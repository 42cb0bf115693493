package org.ownmeet.installers.engine;

import org.ownmeet.installers.ssh.event.SshEvent;

/** Receives the engine's progress and, for long steps such as package installation, the server's output lines. */
public interface EngineListener {
    EngineListener NONE = new EngineListener() {
        @Override
        public void on(EngineEvent event) {
        }
    };

    void on(EngineEvent event);

    default void on(SshEvent event) {
    }
}
