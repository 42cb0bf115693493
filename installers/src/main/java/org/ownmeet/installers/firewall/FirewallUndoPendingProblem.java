package org.ownmeet.installers.firewall;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** New logins fail after the firewall change, and OwnMeet could not see the undo work: the server's timer still undoes it. */
public final class FirewallUndoPendingProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final String unit;
    private final List<String> arguments;

    FirewallUndoPendingProblem(String target, Duration window, Problem newLogin) {
        super("The firewall change shut out new logins to the server. The server puts the previous firewall back by "
                        + "itself at the latest " + ConfigureFirewall.inWords(window) + " after the change. Wait that "
                        + "long, then run OwnMeet again. If you still cannot log in then, use your hosting provider's console.",
                "new SSH logins as " + target + " fail after the ufw change (" + newLogin.detail() + "); the systemd timer "
                        + UndoTimer.UNIT + ".timer restores ufw's files saved in " + UndoTimer.DIR);
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
