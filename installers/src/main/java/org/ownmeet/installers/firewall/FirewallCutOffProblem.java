package org.ownmeet.installers.firewall;

import org.ownmeet.installers.problem.Problem;

/** A new login failed after the firewall change; the change was undone at once and logging in works again. */
public final class FirewallCutOffProblem extends Problem {
    private static final long serialVersionUID = 1L;

    FirewallCutOffProblem(String target, Problem newLogin) {
        super("The firewall change would have cut you off from the server, so it was undone. The firewall is as it was "
                        + "before, and logging in works again. The details below say why the new login failed.",
                "after the ufw change a new SSH login as " + target + " failed (" + newLogin.detail() + "); ufw's previous "
                        + "files were restored and loaded, and a new login worked again");
    }
}
