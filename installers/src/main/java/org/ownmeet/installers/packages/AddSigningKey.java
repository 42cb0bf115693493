package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;

/**
 * Fetches Jitsi's signing key on the server into the keyring the apt source names (installing curl and
 * gnupg first if missing). The real Jitsi key comes over HTTPS only (no redirect to anything else) and
 * must have the fingerprint pinned here; another repository's key (the profile's setting, e.g. a
 * mirror in the own network, which may be plain HTTP) is taken as its address gives it, redirects
 * again only to HTTPS.
 */
record AddSigningKey(String keyUrl, Duration lockWait) implements ActionChange {
    /** The primary key of "Jitsi &lt;dev@jitsi.org&gt;" (rsa4096, 2016-06-23) that signs download.jitsi.org. */
    static final String JITSI_FINGERPRINT = "66A9CD0595D6AFA247290D3BEF8B479E2DC1389C";
    static final String WRONG_KEY = "OWNMEET-WRONG-SIGNING-KEY";
    static final int WRONG_KEY_STATUS = 5;

    @Override
    public String summary() {
        return "Add the signing key of the Jitsi packages to " + PackagesInstaller.KEYRING;
    }

    @Override
    public String detail() {
        return "from " + keyUrl + pinned().map(f -> ", only over HTTPS and only with fingerprint " + f).orElse("")
                + "; apt checks every Jitsi package against it";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    /** The fingerprint the key must have: Jitsi's own for the real repository, none for another. */
    Optional<String> pinned() {
        return keyUrl.equals(PackageSources.JITSI_STABLE.jitsiKeyUrl()) ? Optional.of(JITSI_FINGERPRINT) : Optional.empty();
    }

    /** curl's protocol options: HTTPS only, except a plain-HTTP address the profile names (redirects then only to HTTPS). */
    String protocols() {
        return keyUrl.startsWith("http://") && pinned().isEmpty() ? "--proto =http --proto-redir =https"
                : "--proto =https --proto-redir =https";
    }

    /** Accepts the keyring in {@code $1} only if its one primary key has the fingerprint {@code $2}. */
    static String fingerprintCheck() {
        return """
                ownmeet_key_is() {
                  local home found
                  home=$(mktemp -d)
                  found=$(GNUPGHOME=$home gpg --batch --show-keys --with-colons -- "$1" 2>/dev/null \\
                    | awk -F: '$1 == "pub" { p = 1; next } p && $1 == "fpr" { print $10; p = 0 }' | tr '\\n' ' ' | sed 's/ $//')
                  rm -rf -- "$home"
                  if [ "$found" != "$2" ]; then
                    printf '%s %s\\n' WRONG "${found:-none}"
                    return 1
                  fi
                }
                """.replace("WRONG", WRONG_KEY);
    }

    String script() {
        String check = pinned().map(f -> "ownmeet_key_is \"$tmp\" " + f + " || exit " + WRONG_KEY_STATUS + "\n").orElse("");
        return fingerprintCheck() + """
                if ! command -v curl >/dev/null || ! command -v gpg >/dev/null; then
                  ownmeet_apt update
                  ownmeet_apt install --no-install-recommends curl gnupg ca-certificates
                fi
                dir=$(dirname %2$s)
                tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp")
                trap 'rm -f -- "$tmp" "$tmp.key"' EXIT
                curl -fsSL %3$s --max-time 120 -o "$tmp.key" %1$s
                if grep -q 'BEGIN PGP PUBLIC KEY BLOCK' "$tmp.key"; then gpg --dearmor < "$tmp.key" > "$tmp"; else cp "$tmp.key" "$tmp"; fi
                %4$schmod 644 "$tmp" && sync -- "$tmp" && mv -f -- "$tmp" %2$s
                """.formatted(ShellQuote.quote(keyUrl), PackagesInstaller.KEYRING, protocols(), check);
    }

    @Override
    public void apply(ApplyContext context) {
        RunResult result = context.session().run(RemoteScript.asRoot("add the Jitsi signing key",
                AptScript.functions(lockWait) + script()).withTimeout(lockWait.plusMinutes(10)), new WaitingReporter(context));
        if (result.exitStatus() == WRONG_KEY_STATUS) {
            String found = result.stdout().stream().filter(line -> line.startsWith(WRONG_KEY + " ")).findFirst()
                    .map(line -> line.substring(WRONG_KEY.length() + 1)).orElse("none");
            throw new WrongSigningKeyProblem(keyUrl, JITSI_FINGERPRINT, found);
        }
        result.requireSuccess();
    }
}
