package org.ownmeet.steps.password;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;

/** Changes a host's own password on a meeting server: the engine's {@code OwnPasswordChange::change}, or a test's. */
@FunctionalInterface
public interface PasswordChanger {
    void change(HttpsServer server, String user, Secret current, Secret newPassword);
}
