package org.ownmeet.installers.ssh.files;

import java.nio.charset.StandardCharsets;

/**
 * A file OwnMeet wants on the server. Owner, group and mode left null keep those of the existing
 * file (root, root and 0644 for a new one).
 */
public record FileWrite(String path, byte[] content, String owner, String group, String mode) {
    public FileWrite {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a remote path must be absolute: " + path);
        }
        if (mode != null && !mode.matches("[0-7]{3,4}")) {
            throw new IllegalArgumentException("mode must be octal, e.g. 640: " + mode);
        }
    }

    public static FileWrite of(String path, String text) {
        return new FileWrite(path, text.getBytes(StandardCharsets.UTF_8), null, null, null);
    }

    public FileWrite ownedBy(String newOwner, String newGroup) {
        return new FileWrite(path, content, newOwner, newGroup, mode);
    }

    public FileWrite withMode(String newMode) {
        return new FileWrite(path, content, owner, group, newMode);
    }

    public String sha256() {
        return FileSnapshot.sha256(content);
    }
}
