package org.ownmeet.installers.web;

import java.time.Duration;

/** How long to wait for a connection and for each answer, so a silent server fails fast instead of hanging. */
public record WebTimeouts(Duration connect, Duration read) {
    public static final WebTimeouts DEFAULT = new WebTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    public WebTimeouts {
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
