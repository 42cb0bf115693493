package org.ownmeet.installers.accounts;

import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;

/** Deletes a host account the user took off the list and confirmed, or a verification account OwnMeet left behind. */
record RemoveHostAccount(String username, String domain, String why) implements ActionChange {

    @Override
    public String summary() {
        return "Delete the host account " + username + "@" + domain;
    }

    @Override
    public String detail() {
        return why;
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        ProsodyAccountCommands.delete(context.session(), username, domain);
    }
}
