package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/** Fetches Jitsi's signing key on the server into the keyring the apt source names (installing curl and gnupg first if missing). */
record AddSigningKey(String keyUrl, Duration lockWait) implements ActionChange {

    @Override
    public String summary() {
        return "Add the signing key of the Jitsi packages to " + PackagesInstaller.KEYRING;
    }

    @Override
    public String detail() {
        return "from " + keyUrl + "; apt checks every Jitsi package against it";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String script = AptScript.functions(lockWait) + """
                if ! command -v curl >/dev/null || ! command -v gpg >/dev/null; then
                  ownmeet_apt update
                  ownmeet_apt install --no-install-recommends curl gnupg ca-certificates
                fi
                dir=$(dirname %2$s)
                tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp")
                trap 'rm -f -- "$tmp" "$tmp.key"' EXIT
                curl -fsSL --max-time 120 -o "$tmp.key" %1$s
                if grep -q 'BEGIN PGP PUBLIC KEY BLOCK' "$tmp.key"; then gpg --dearmor < "$tmp.key" > "$tmp"; else cp "$tmp.key" "$tmp"; fi
                chmod 644 "$tmp" && sync -- "$tmp" && mv -f -- "$tmp" %2$s
                """.formatted(ShellQuote.quote(keyUrl), PackagesInstaller.KEYRING);
        context.session().run(RemoteScript.asRoot("add the Jitsi signing key", script).withTimeout(lockWait.plusMinutes(10)),
                new WaitingReporter(context)).requireSuccess();
    }
}
