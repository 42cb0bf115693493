package org.ownmeet.installers.verify;

import java.security.SecureRandom;
import java.util.Objects;

import org.ownmeet.installers.secret.Secret;

/** A host account that exists only while the verifier runs; its password is generated and never shown. */
public record TemporaryAccount(String username, Secret password) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NAME_CHARACTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    public static final String NAME_PREFIX = "ownmeet-verify-";

    public TemporaryAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** A fresh name ({@value #NAME_PREFIX} and random letters, so it cannot be a real host's) and password. */
    public static TemporaryAccount generate() {
        return new TemporaryAccount(NAME_PREFIX + random(NAME_CHARACTERS, 10), generatePassword());
    }

    /** 24 random letters and digits: no character that a shell, a prompt or XML would treat specially. */
    public static Secret generatePassword() {
        char[] chars = new char[24];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length()));
        }
        Secret secret = Secret.of(chars);
        java.util.Arrays.fill(chars, '\0');
        return secret;
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
