package org.ownmeet.installers.ssh;

import java.time.Duration;

/**
 * Timing of a connection. Keep-alive probes ({@code keepalive@openssh.com}) detect a dead server
 * after {@code keepAliveInterval * keepAliveMaxMissed}; they are set up before connecting, since
 * SSHJ ignores them afterwards.
 */
public record SshSettings(Duration connectTimeout, Duration keepAliveInterval, int keepAliveMaxMissed,
                          Duration commandTimeout) {

    public static SshSettings defaults() {
        return new SshSettings(Duration.ofSeconds(15), Duration.ofSeconds(10), 3, Duration.ofMinutes(30));
    }

    public SshSettings withConnectTimeout(Duration timeout) {
        return new SshSettings(timeout, keepAliveInterval, keepAliveMaxMissed, commandTimeout);
    }

    public SshSettings withKeepAlive(Duration interval, int maxMissed) {
        return new SshSettings(connectTimeout, interval, maxMissed, commandTimeout);
    }
}
