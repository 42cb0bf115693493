package org.ownmeet.installers.accounts;


import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.secret.Secret;

/**
 * Creates a host account with a new one-time password (see {@link ProsodyAccountCommands}: never on
 * a command line, and an account that appeared since the plan was made is refused, not reset).
 */
record AddHostAccount(String username, String domain) implements ActionChange {

    @Override
    public String summary() {
        return "Create the host account " + username + "@" + domain + " with a one-time password";
    }

    @Override
    public String detail() {
        return "the password is shown to you once, for the host; they then change it themselves";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        Secret password = PasswordGenerator.generate();
        ProsodyAccountCommands.create(context.session(), username, domain, password);
        context.created(username, password);
    }
}
