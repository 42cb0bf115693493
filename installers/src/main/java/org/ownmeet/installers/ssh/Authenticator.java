package org.ownmeet.installers.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthKeyboardInteractive;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.PasswordResponseProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.agent.AgentAuthMethod;
import org.ownmeet.installers.ssh.agent.AgentIdentity;
import org.ownmeet.installers.ssh.agent.SshAgentClient;
import org.ownmeet.installers.ssh.problem.AgentUnavailableProblem;
import org.ownmeet.installers.ssh.problem.KeyFileUnreadableProblem;
import org.ownmeet.installers.ssh.problem.KeyNeedsPassphraseProblem;
import org.ownmeet.installers.ssh.problem.KeyRejectedProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.WrongKeyPassphraseProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;

/** Logs in with the user's choice of {@link SshLogin}, and says in plain words why the server said no. */
final class Authenticator {
    private Authenticator() {
    }

    static void authenticate(SSHClient client, SshTarget target, SshLogin login) {
        if (login instanceof SshLogin.Password password) {
            withPassword(client, target, password.password());
        } else if (login instanceof SshLogin.KeyFile key) {
            withKeyFile(client, target, key);
        } else if (login instanceof SshLogin.Agent agent) {
            withAgent(client, target, agent);
        }
    }

    private static void withPassword(SSHClient client, SshTarget target, Secret password) {
        // a finder that gives a fresh copy each time, so the keyboard-interactive fallback gets the password too
        PasswordFinder finder = finder(password);
        try {
            client.auth(target.user(), new AuthPassword(finder), new AuthKeyboardInteractive(new PasswordResponseProvider(finder)));
        } catch (UserAuthException e) {
            throw new WrongPasswordProblem(target.user(), target.host(), e);
        } catch (IOException e) {
            throw ConnectionErrors.duringLogin(target, e);
        }
    }

    private static void withKeyFile(SSHClient client, SshTarget target, SshLogin.KeyFile key) {
        if (!Files.isReadable(key.file())) {
            throw new KeyFileUnreadableProblem(key.file(), new IOException("file not found or not readable"));
        }
        KeyProvider provider;
        try {
            provider = client.loadKeys(key.file().toString(), key.passphrase() == null ? null : finder(key.passphrase()));
            provider.getPublic();
            provider.getPrivate();
        } catch (IOException | RuntimeException e) {
            throw keyProblem(key, e);
        }
        try {
            client.authPublickey(target.user(), provider);
        } catch (UserAuthException e) {
            throw new KeyRejectedProblem(target.user(), target.host(), "the key " + key.file().getFileName(), e);
        } catch (IOException e) {
            throw ConnectionErrors.duringLogin(target, e);
        }
    }

    private static void withAgent(SSHClient client, SshTarget target, SshLogin.Agent agent) {
        List<AgentIdentity> identities;
        SshAgentClient agentClient;
        try {
            agentClient = SshAgentClient.connect(agent.socket());
            identities = agentClient.identities();
        } catch (IOException e) {
            throw new AgentUnavailableProblem("cannot talk to the SSH agent at " + agent.socket() + ": " + e.getMessage(), e);
        }
        try (agentClient) {
            if (identities.isEmpty()) {
                throw new AgentUnavailableProblem("the SSH agent at " + agent.socket() + " holds no keys", null);
            }
            List<AuthMethod> methods = new ArrayList<>();
            identities.forEach(identity -> methods.add(new AgentAuthMethod(agentClient, identity)));
            client.auth(target.user(), methods);
        } catch (UserAuthException e) {
            throw new KeyRejectedProblem(target.user(), target.host(), identities.size() + " key(s) from the SSH agent", e);
        } catch (IOException e) {
            throw ConnectionErrors.duringLogin(target, e);
        }
    }

    /** SSHJ says "passphrase needed" and "wrong passphrase" only in its messages; this sorts them. */
    private static SshProblem keyProblem(SshLogin.KeyFile key, Exception e) {
        String chain = messages(e).toLowerCase(java.util.Locale.ROOT);
        boolean encrypted = chain.contains("encrypt") || chain.contains("passphrase") || chain.contains("password")
                || chain.contains("decrypt") || chain.contains("padding") || chain.contains("checkint");
        if (encrypted && key.passphrase() == null) {
            return new KeyNeedsPassphraseProblem(key.file(), e);
        }
        if (encrypted) {
            return new WrongKeyPassphraseProblem(key.file(), e);
        }
        return new KeyFileUnreadableProblem(key.file(), e);
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append(' ');
        }
        return text.toString();
    }

    private static PasswordFinder finder(Secret secret) {
        return new PasswordFinder() {
            @Override
            public char[] reqPassword(Resource<?> resource) {
                return secret.chars();
            }

            @Override
            public boolean shouldRetry(Resource<?> resource) {
                return false;
            }
        };
    }
}
