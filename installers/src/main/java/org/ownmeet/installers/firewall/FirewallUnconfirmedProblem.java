package org.ownmeet.installers.firewall;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The undo timer ran before a new login could confirm the change: the server undid it by itself, as it should. */
public final class FirewallUnconfirmedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final String unit;
    private final List<String> arguments;

    FirewallUnconfirmedProblem(Duration window) {
        super("The firewall change could not be confirmed within " + ConfigureFirewall.inWords(window) + ", so the "
                        + "server put the previous firewall back by itself, as it is meant to. Run OwnMeet again; if this "
                        + "happens again, the connection to the server is too slow for that time.",
                UndoTimer.UNIT + ".timer (" + window.toSeconds() + " s) ran before a new SSH login confirmed the ufw change");
        this.unit = ConfigureFirewall.unitOf(window);
        this.arguments = values(ConfigureFirewall.amountOf(window));
    }

    /** The time is said in minutes; {@code .one-minute} and {@code .seconds} say it otherwise. */
    @Override
    public String code() {
        return unit.isEmpty() ? super.code() : super.code() + "." + unit;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
