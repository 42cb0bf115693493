package org.ownmeet.installers.bridges;

import java.util.Arrays;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Gives a bridge's account its password: created if missing, else set anew. The password travels as data
 * after the script and reaches prosodyctl through a pipe from bash's own printf, so it is on no command line.
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
        byte[] line = password.utf8();
        byte[] data = Arrays.copyOf(line, line.length + 1);
        data[line.length] = '\n';
        Arrays.fill(line, (byte) 0);
        try {
            context.session().run(RemoteScript.asRoot(summary(), """
                    IFS= read -r pw
                    if [ -e %1$s ]; then command=passwd; else command=adduser; fi
                    printf '%%s\\n%%s\\n' "$pw" "$pw" | prosodyctl "$command" %2$s >/dev/null
                    unset pw
                    test -e %1$s || { echo "Prosody did not create the account" >&2; exit 1; }
                    """.formatted(ShellQuote.quote(BridgeNames.accountFile(domain, bridge)), ShellQuote.quote(jid())))
                    .quiet().withData(data).runToTheEnd()).requireSuccess();
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }
}
