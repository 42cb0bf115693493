package org.ownmeet.steps.connection;

import org.ownmeet.installers.ssh.hostkey.HostKey;

/**
 * "Is this your server?" on first contact. Called on the background thread that connects; the
 * wizard's answer is a dialog on the UI thread, and the caller waits for it.
 */
@FunctionalInterface
public interface HostKeyQuestion {

    /**
     * @param server the address as the user gave it ({@code host} or {@code host:port})
     * @param key    the key the server showed
     * @return true when the user confirmed the key; the engine then pins it
     */
    boolean ask(String server, HostKey key);
}
