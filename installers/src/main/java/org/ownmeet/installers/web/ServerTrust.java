package org.ownmeet.installers.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificates OwnMeet accepts from the meeting server: the authorities this machine trusts
 * (a Let's Encrypt certificate), or exactly one certificate read from the server over the already
 * verified SSH connection (a self-signed trial). Either way the certificate must also be valid for
 * the meeting domain: there is no way to trust every certificate or to skip the name check.
 */
public final class ServerTrust {
    private final X509Certificate pinned;

    private ServerTrust(X509Certificate pinned) {
        this.pinned = pinned;
    }

    public static ServerTrust system() {
        return new ServerTrust(null);
    }

    /** The server's own certificate in PEM form; an invalid PEM is an {@link IllegalArgumentException}. */
    public static ServerTrust pinned(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return new ServerTrust((X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII))));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("not an X.509 certificate in PEM form: " + e.getMessage(), e);
        }
    }

    public boolean isPinned() {
        return pinned != null;
    }

    /** A TLS context whose trust managers check the chain and, with endpoint identification set, the name. */
    SSLContext sslContext() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            if (pinned == null) {
                factory.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                store.setCertificateEntry("pinned", pinned);
                factory.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    /** For reasons and details: which trust was used, with the pinned certificate's fingerprint. */
    public String describe() {
        if (pinned == null) {
            return "the certificate authorities this computer trusts";
        }
        return "the pinned certificate " + pinned.getSubjectX500Principal().getName() + " (SHA-256 " + fingerprint(pinned) + ")";
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            return "unknown";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
