package org.ownmeet.installers.ssh.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file on the server as it was read: its content and attributes, or that it is missing. */
public record FileSnapshot(String path, boolean exists, byte[] content, String mode, String owner, String group) {

    static FileSnapshot missing(String path) {
        return new FileSnapshot(path, false, null, null, null, null);
    }

    public String text() {
        return exists ? new String(content, StandardCharsets.UTF_8) : null;
    }

    public String sha256() {
        return exists ? sha256(content) : null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return exists ? path + " (" + content.length + " bytes, " + mode + " " + owner + ":" + group + ")" : path + " (missing)";
    }
}
