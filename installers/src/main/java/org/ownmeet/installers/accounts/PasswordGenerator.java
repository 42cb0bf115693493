package org.ownmeet.installers.accounts;

import java.security.SecureRandom;

import org.ownmeet.installers.secret.Secret;

/**
 * One-time passwords for new hosts, and the videobridges' account passwords: 20 random characters in groups
 * of five from an alphabet without look-alikes (no 0/o, 1/l/i), about 98 bits; easy to type from a handout, nothing a shell or Lua
 * would need quoted.
 */
public final class PasswordGenerator {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static Secret generate() {
        char[] password = new char[23];
        int at = 0;
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password[at++] = '-';
            }
            for (int i = 0; i < 5; i++) {
                password[at++] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
        }
        Secret secret = Secret.of(password);
        java.util.Arrays.fill(password, '\0');
        return secret;
    }
}
