package org.ownmeet.installers.ssh.agent;

import net.schmizz.sshj.common.Buffer;

/** A key the agent holds: its public blob (in SSH wire format) and the comment it was added with. */
public record AgentIdentity(byte[] blob, String comment) {

    /** The key type from the blob, e.g. {@code ssh-ed25519} or {@code ssh-rsa}. */
    public String keyType() {
        try {
            return new Buffer.PlainBuffer(blob).readString();
        } catch (Buffer.BufferException e) {
            throw new IllegalStateException("malformed key from the agent", e);
        }
    }

    @Override
    public String toString() {
        return keyType() + " key from the SSH agent (" + comment + ")";
    }
}
