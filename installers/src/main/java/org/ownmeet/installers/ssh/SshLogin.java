package org.ownmeet.installers.ssh;

import java.nio.file.Path;
import java.util.Optional;

import org.ownmeet.installers.secret.Secret;

/** How the user proves who they are: a password, a private key file (with or without passphrase), or the SSH agent. */
public sealed interface SshLogin {

    /** For sudo, when the user gave no separate sudo password: the login password, if there is one. */
    Optional<Secret> defaultSudoPassword();

    record Password(Secret password) implements SshLogin {
        @Override
        public Optional<Secret> defaultSudoPassword() {
            return Optional.of(password);
        }
    }

    /** An OpenSSH private key (ed25519, RSA, ECDSA); {@code passphrase} is null for an unprotected key. */
    record KeyFile(Path file, Secret passphrase) implements SshLogin {
        @Override
        public Optional<Secret> defaultSudoPassword() {
            return Optional.empty();
        }
    }

    /** The keys of a running ssh-agent, reached through its socket. */
    record Agent(Path socket) implements SshLogin {
        /** The agent of this session ({@code SSH_AUTH_SOCK}), if one runs. */
        public static Optional<Agent> fromEnvironment() {
            String socket = System.getenv("SSH_AUTH_SOCK");
            return socket == null || socket.isBlank() ? Optional.empty() : Optional.of(new Agent(Path.of(socket)));
        }

        @Override
        public Optional<Secret> defaultSudoPassword() {
            return Optional.empty();
        }
    }
}
