package org.ownmeet.installers.session;

import java.util.Objects;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshTarget;

/**
 * Which server and how to log in to it: the address from the profile, the secrets from the user.
 *
 * @param sudoPassword for sudo when it differs from the login password, else null
 */
public record ServerLogin(SshTarget target, SshLogin login, Secret sudoPassword) {
    public ServerLogin {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(login, "login");
    }
}
