package org.ownmeet.installers.ssh;

/** Which server, on which port, as which user. Holds no secret. */
public record SshTarget(String host, int port, String user) {
    public SshTarget {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is empty");
        }
        host = host.strip();
        user = user.strip();
    }

    @Override
    public String toString() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
