package org.ownmeet.installers.packages;

import java.time.Duration;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The bash functions every package step runs with. {@code ownmeet_apt} waits while another program
 * holds the package manager's locks (unattended upgrades, typically), saying so on a line of its own
 * ({@value #WAITING} pid name), up to a time limit; it finishes an installation that was interrupted
 * ({@code dpkg --configure -a}) before it starts; and it never asks a question.
 */
final class AptScript {
    static final String WAITING = "OWNMEET-WAITING-FOR-PACKAGES";
    static final String HEALING = "OWNMEET-HEALING-DPKG";
    static final String STOPPED_LEFTOVER = "OWNMEET-STOPPED-LEFTOVER";

    private AptScript() {
    }

    static String functions(Duration lockWait) {
        return ScriptResource.of(AptScript.class, "apt-functions.sh").with("LOCK_WAIT", lockWait.toSeconds())
                .with("WAITING_MARK", WAITING).with("HEALING_MARK", HEALING).with("STOPPED_MARK", STOPPED_LEFTOVER).text();
    }
}
