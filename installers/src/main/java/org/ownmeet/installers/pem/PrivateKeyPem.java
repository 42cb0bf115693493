package org.ownmeet.installers.pem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A private key in PEM form (PKCS#8, or the older RSA and EC forms), read only to check that it
 * belongs to a certificate. It is never printed: not its text, not a part of it.
 */
public final class PrivateKeyPem {
    /** What a key file holds. */
    public enum Kind { KEY, ENCRYPTED, NONE }

    private final Kind kind;
    private final PrivateKey key;

    private PrivateKeyPem(Kind kind, PrivateKey key) {
        this.kind = kind;
        this.key = key;
    }

    public static PrivateKeyPem parse(byte[] pem) {
        try (PEMParser parser = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
                    return new PrivateKeyPem(Kind.ENCRYPTED, null);
                }
                JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
                if (item instanceof PEMKeyPair pair) {
                    return new PrivateKeyPem(Kind.KEY, converter.getPrivateKey(pair.getPrivateKeyInfo()));
                }
                if (item instanceof PrivateKeyInfo info) {
                    return new PrivateKeyPem(Kind.KEY, converter.getPrivateKey(info));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not PEM, or PEM of something else: no key
        }
        return new PrivateKeyPem(Kind.NONE, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this key and {@code publicKey} are a pair: a signature made with one is accepted by the other. */
    public boolean matches(PublicKey publicKey) {
        if (kind != Kind.KEY || !family(key).equals(family(publicKey))) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            String algorithm = switch (family(key)) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> key.getAlgorithm();
            };
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "private key (not shown)";
    }

    /** Bouncy Castle, once registered as a provider (the SSH library does), names EC keys "ECDSA"; the JDK "EC". */
    private static String family(Key key) {
        return key.getAlgorithm().equals("ECDSA") ? "EC" : key.getAlgorithm();
    }
}
