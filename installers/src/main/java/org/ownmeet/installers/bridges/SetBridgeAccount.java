package org.ownmeet.installers.bridges;

import java.util.Set;

import org.ownmeet.installers.accounts.ProsodyAccountCommands;
import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;

/**
 * Gives a bridge's account its password: created if missing, else set anew, as host accounts are made
 * ({@link ProsodyAccountCommands}: the password travels as data, on no command line).
 */
record SetBridgeAccount(Bridge bridge, String domain, Secret password, boolean exists) implements ActionChange {

    @Override
    public String summary() {
        return (exists ? "Set a new password for the account " : "Create the account ") + jid() + " of the videobridge "
                + bridge.name();
    }

    @Override
    public String detail() {
        return "the same password goes into the videobridge server's jvb.conf; it is kept nowhere else";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    private String jid() {
        return BridgeNames.account(bridge) + "@" + BridgeNames.authDomain(domain);
    }

    @Override
    public void apply(ApplyContext context) {
        String account = BridgeNames.account(bridge);
        String host = BridgeNames.authDomain(domain);
        if (exists) {
            ProsodyAccountCommands.replace(context.session(), account, host, password);
        } else {
            ProsodyAccountCommands.create(context.session(), account, host, password);
        }
    }
}
