package org.ownmeet.installers.ssh.hostkey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

/**
 * A server's public host key: its algorithm name as in known_hosts ({@code ssh-ed25519}) and its
 * key blob. {@link #type()} and {@link #fingerprint()} are what OpenSSH shows, so the user can
 * compare them with what {@code ssh} or the hosting provider prints.
 */
public record HostKey(String algorithm, String base64) {

    public static HostKey of(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        return new HostKey(KeyType.fromKey(key).toString(), Base64.getEncoder().encodeToString(blob));
    }

    /** ED25519, ECDSA, RSA or DSA, as ssh names the type in "ED25519 key fingerprint is ...". */
    public String type() {
        if (algorithm.startsWith("ssh-ed25519")) {
            return "ED25519";
        }
        if (algorithm.startsWith("ecdsa-")) {
            return "ECDSA";
        }
        if (algorithm.startsWith("ssh-rsa")) {
            return "RSA";
        }
        if (algorithm.startsWith("ssh-dss")) {
            return "DSA";
        }
        return algorithm;
    }

    /** {@code SHA256:} and the unpadded base64 of the SHA-256 of the key blob, as OpenSSH prints it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line ssh shows on first contact: {@code ED25519 key fingerprint is SHA256:...}. */
    public String describe() {
        return type() + " key fingerprint is " + fingerprint();
    }

    @Override
    public String toString() {
        return describe();
    }
}
