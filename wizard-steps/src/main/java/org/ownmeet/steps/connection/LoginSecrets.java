package org.ownmeet.steps.connection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ownmeet.installers.secret.Secret;

/**
 * The secrets of one connection attempt, made from the password fields at Connect. A failed attempt
 * wipes them at once; a connection keeps them (it logs in anew with them for the final check) until
 * it is closed or replaced.
 */
final class LoginSecrets {
    private final List<Secret> made = new ArrayList<>();

    Secret from(String typed) {
        char[] chars = typed.toCharArray();
        try {
            Secret secret = Secret.of(chars);
            made.add(secret);
            return secret;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    void wipe() {
        made.forEach(Secret::close);
        made.clear();
    }
}
