package org.ownmeet.installers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile.PackageSources;

/** The real Jitsi key only over HTTPS and with its fingerprint; another repository's key as its address says. */
class AddSigningKeyTest {
    @TempDir
    Path dir;

    @Test
    void theRealKeyComesOverHttpsOnlyAndMustHaveJitsisFingerprint() {
        AddSigningKey real = new AddSigningKey(PackageSources.JITSI_STABLE.jitsiKeyUrl(), Duration.ofMinutes(1));
        String script = real.script();
        assertTrue(script.contains("PROTOCOLS=('--proto' '=https' '--proto-redir' '=https')\n"), script);
        assertTrue(script.contains("FINGERPRINT='66A9CD0595D6AFA247290D3BEF8B479E2DC1389C'\nWRONG_KEY_STATUS='5'\n"), script);
        assertTrue(script.contains("curl -fsSL \"${PROTOCOLS[@]}\" "), script);
        assertTrue(script.contains("ownmeet_key_is \"$tmp\" \"$FINGERPRINT\" || exit \"$WRONG_KEY_STATUS\""), script);
    }

    @Test
    void anotherRepositorysKeyIsNotPinnedAndAPlainHttpMirrorRedirectsOnlyToHttps() {
        AddSigningKey mirror = new AddSigningKey("http://10.203.0.1:8000/jitsi-key.gpg.key", Duration.ofMinutes(1));
        assertTrue(mirror.script().contains("PROTOCOLS=('--proto' '=http' '--proto-redir' '=https')\n"), mirror.script());
        assertTrue(mirror.script().contains("FINGERPRINT=''\n"), mirror.script());
        AddSigningKey other = new AddSigningKey("https://packages.example.org/key.gpg", Duration.ofMinutes(1));
        assertTrue(other.script().contains("PROTOCOLS=('--proto' '=https' '--proto-redir' '=https')\n"));
    }

    /** The check itself, with gpg, on a key made here: its own fingerprint passes, any other is refused and named. */
    @Test
    void theFingerprintCheckAcceptsOnlyThePinnedKey() throws Exception {
        String out = bash("""
                export GNUPGHOME=%1$s/home; mkdir -m 700 "$GNUPGHOME"
                gpg --batch --pinentry-mode loopback --passphrase '' --quick-gen-key 'Test <test@example.org>' ed25519 sign never 2>/dev/null
                gpg --batch --export > %1$s/key.gpg
                own=$(gpg --batch --with-colons --list-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
                %2$s
                ownmeet_key_is %1$s/key.gpg "$own" && echo accepted
                ownmeet_key_is %1$s/key.gpg %3$s || echo refused
                """.formatted(dir, AddSigningKey.fingerprintCheck(), AddSigningKey.JITSI_FINGERPRINT));
        List<String> lines = out.strip().lines().toList();
        assertEquals("accepted", lines.get(0), out);
        assertTrue(lines.get(1).matches(AddSigningKey.WRONG_KEY + " [0-9A-F]{40}"), out);
        assertEquals("refused", lines.get(2), out);
    }

    private static String bash(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.waitFor(), out);
        return out;
    }
}
