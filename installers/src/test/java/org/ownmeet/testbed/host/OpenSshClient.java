package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenSSH client as the test bed uses it to reach its servers: key only, no prompts, and the
 * server's host keys pinned in a known_hosts file of its own, so it checks the server as strictly as
 * OwnMeet must.
 */
public final class OpenSshClient {
    private final String destination;
    private final int port;
    private final Path privateKey;
    private final Path knownHosts;

    private OpenSshClient(String destination, int port, Path privateKey, Path knownHosts) {
        this.destination = destination;
        this.port = port;
        this.privateKey = privateKey;
        this.knownHosts = knownHosts;
    }

    /** Writes {@code knownHosts} with the server's public host keys and returns a client pinned to them. */
    public static OpenSshClient pinned(String user, String host, int port, Path privateKey,
                                       List<Path> hostPublicKeys, Path knownHosts) {
        String pattern = port == 22 ? host : "[" + host + "]:" + port;
        StringBuilder lines = new StringBuilder();
        try {
            for (Path key : hostPublicKeys) {
                String[] parts = Files.readString(key).strip().split(" ");
                lines.append(pattern).append(' ').append(parts[0]).append(' ').append(parts[1]).append('\n');
            }
            Files.writeString(knownHosts, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpenSshClient(user + "@" + host, port, privateKey, knownHosts);
    }

    public HostCommand command(String remoteCommand) {
        return HostCommand.of("ssh", "-i", privateKey.toString(), "-p", Integer.toString(port),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR",
                destination, remoteCommand);
    }
}
