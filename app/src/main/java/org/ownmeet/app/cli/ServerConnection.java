package org.ownmeet.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.session.HostKeyDecision;
import org.ownmeet.installers.session.ServerLogin;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import picocli.CommandLine;

/**
 * Opens the one connection of a command. On first contact the server's fingerprint is shown and must
 * be confirmed (typed "yes", or given beforehand with --accept-host-key); it is pinned after that.
 */
final class ServerConnection {
    private ServerConnection() {
    }

    static ServerSession open(Profile profile, ConnectionOptions options, PrintWriter out, EngineListener listener,
                              CommandLine commandLine) {
        SshTarget target = new SshTarget(options.host != null ? options.host : profile.server().host(),
                options.port != null ? options.port : profile.server().port(),
                options.user != null ? options.user : profile.server().user());
        return open(target, options.acceptedFingerprint, options, out, listener, commandLine);
    }

    /** A videobridge server of the profile: its own address, port and user, its key confirmed and pinned on its own. */
    static ServerSession openBridge(Profile.Bridge bridge, ConnectionOptions options, PrintWriter out, EngineListener listener,
                                    CommandLine commandLine) {
        out.println("Videobridge server " + bridge.name() + ":");
        return open(new SshTarget(bridge.host(), bridge.port(), bridge.user()), options.acceptedBridgeKeys.get(bridge.name()),
                options, out, listener, commandLine);
    }

    private static ServerSession open(SshTarget target, String acceptedFingerprint, ConnectionOptions options, PrintWriter out,
                                      EngineListener listener, CommandLine commandLine) {
        KnownHosts knownHosts = options.knownHosts != null ? new KnownHosts(options.knownHosts) : KnownHosts.forCurrentUser();
        // read once here, so that a broken file is said as such and not as a connection lost during the key exchange
        knownHosts.pinned(target.host(), target.port());
        SshLogin login = login(target, options, commandLine);
        Secret sudo = options.sudoPasswordVariable == null ? null
                : SecretInput.fromEnvironmentOrTerminal(options.sudoPasswordVariable, "", true, commandLine);
        HostKeyDecision decision = (server, offered) -> {
            boolean trusted = confirmed(target, offered, acceptedFingerprint, out);
            if (trusted) {
                out.println("The server's key is now trusted and kept in " + knownHosts.file() + ".");
            }
            return trusted;
        };
        return ServerSession.open(new ServerLogin(target, login, sudo), knownHosts, decision, listener);
    }

    private static SshLogin login(SshTarget target, ConnectionOptions options, CommandLine commandLine) {
        if (options.agent) {
            return SshLogin.Agent.fromEnvironment().orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                    "--agent was given, but no ssh-agent runs here (SSH_AUTH_SOCK is not set)."));
        }
        if (options.key != null) {
            Secret passphrase = SecretInput.fromEnvironmentOrTerminal(options.passphraseVariable,
                    "Passphrase of " + options.key.getFileName() + " (Enter if it has none): ", false, commandLine);
            return new SshLogin.KeyFile(options.key, passphrase);
        }
        return new SshLogin.Password(SecretInput.fromEnvironmentOrTerminal(options.passwordVariable,
                "Password of " + target + ": ", true, commandLine));
    }

    private static boolean confirmed(SshTarget target, HostKey offered, String acceptedFingerprint, PrintWriter out) {
        if (acceptedFingerprint != null) {
            if (HostKeyDecision.fingerprint(acceptedFingerprint).trust(target.host(), offered)) {
                return true;
            }
            out.println("The server shows " + offered.describe() + ", not the fingerprint given with "
                    + "--accept-host-key. OwnMeet did not connect.");
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        out.println(new HostKeyNotTrustedProblem(target.host(), target.port(), offered).userMessage());
        out.println("  " + offered.describe());
        out.flush();
        String answer = console.readLine("Is this your server's key? Type yes to trust it: ");
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
    }
}
