package org.ownmeet.installers.bridges;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.ownmeet.installers.secret.Secret;

/**
 * Whether a password is the one a Prosody account was given, from the account's file alone: Prosody's
 * {@code internal_hashed} store keeps SCRAM-SHA-1 keys (salt, iteration count, stored key), so the check
 * needs no login and leaves nothing in Prosody's log. This is how a bridge's password on its own server is
 * compared with its account on the main server.
 */
final class ProsodyScram {
    private static final Pattern ENTRY = Pattern.compile("\\[\"([a-z_]+)\"]\\s*=\\s*(?:\"([^\"]*)\"|([0-9]+))");

    private ProsodyScram() {
    }

    /** @param accountFile the account's {@code .dat} file as Prosody wrote it; false if it holds no SCRAM keys */
    static boolean matches(String accountFile, Secret password) {
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = ENTRY.matcher(accountFile);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        String salt = fields.get("salt");
        String storedKey = fields.get("stored_key");
        String iterations = fields.get("iteration_count");
        if (salt == null || storedKey == null || iterations == null) {
            return false;
        }
        return MessageDigest.isEqual(storedKey(password, salt, Integer.parseInt(iterations)),
                HexFormat.of().parseHex(storedKey.toLowerCase()));
    }

    /** RFC 5802: StoredKey = SHA-1(HMAC(SaltedPassword, "Client Key")), SaltedPassword by PBKDF2-HMAC-SHA-1. */
    static byte[] storedKey(Secret password, String salt, int iterations) {
        char[] chars = password.chars();
        try {
            PBEKeySpec spec = new PBEKeySpec(chars, salt.getBytes(StandardCharsets.UTF_8), iterations, 160);
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();
            spec.clearPassword();
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(salted, "HmacSHA1"));
            byte[] clientKey = hmac.doFinal("Client Key".getBytes(StandardCharsets.US_ASCII));
            return MessageDigest.getInstance("SHA-1").digest(clientKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no SCRAM-SHA-1 building blocks", e);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
