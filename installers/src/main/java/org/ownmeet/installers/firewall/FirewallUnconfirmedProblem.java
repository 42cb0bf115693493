package org.ownmeet.installers.firewall;

import java.time.Duration;

import org.ownmeet.installers.problem.Problem;

/** The undo timer ran before a new login could confirm the change: the server undid it by itself, as it should. */
public final class FirewallUnconfirmedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    FirewallUnconfirmedProblem(Duration window) {
        super("The firewall change could not be confirmed within " + ConfigureFirewall.inWords(window) + ", so the "
                        + "server put the previous firewall back by itself, as it is meant to. Run OwnMeet again; if this "
                        + "happens again, the connection to the server is too slow for that time.",
                UndoTimer.UNIT + ".timer (" + window.toSeconds() + " s) ran before a new SSH login confirmed the ufw change");
    }
}
