package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.profile.Profile.PackageSources;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.exec.ScriptResource;

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
        return ScriptResource.of(AddSigningKey.class, "key-check.sh").with("WRONG_KEY", WRONG_KEY).text();
    }

    String script() {
        return fingerprintCheck() + ScriptResource.of(AddSigningKey.class, "add-signing-key.sh").with("KEYRING", PackagesInstaller.KEYRING)
                .withList("PROTOCOLS", List.of(protocols().split(" "))).with("KEY_URL", keyUrl)
                .with("FINGERPRINT", pinned().orElse("")).with("WRONG_KEY_STATUS", WRONG_KEY_STATUS).text();
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
