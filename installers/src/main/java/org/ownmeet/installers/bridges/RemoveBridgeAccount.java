package org.ownmeet.installers.bridges;

import java.util.Set;

import org.ownmeet.installers.accounts.ProsodyAccountCommands;
import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;

/** Deletes the account of a videobridge taken off the list, once the user confirmed it. */
record RemoveBridgeAccount(String name, String domain) implements ActionChange {

    @Override
    public String summary() {
        return "Delete the account of the videobridge " + name + ": taken off the list, and you confirmed it";
    }

    @Override
    public String detail() {
        return "prosodyctl deluser " + jid();
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    private String jid() {
        return BridgeNames.ACCOUNT_PREFIX + name + "@" + BridgeNames.authDomain(domain);
    }

    @Override
    public void apply(ApplyContext context) {
        ProsodyAccountCommands.delete(context.session(), BridgeNames.ACCOUNT_PREFIX + name, BridgeNames.authDomain(domain));
    }
}
