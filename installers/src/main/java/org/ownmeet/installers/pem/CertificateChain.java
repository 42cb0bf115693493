package org.ownmeet.installers.pem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A server certificate as PEM text, the server's own certificate first and the authorities' after it
 * (what nginx, Prosody and coturn read, and what certbot calls fullchain.pem). Public material only.
 */
public final class CertificateChain {
    private final List<X509Certificate> certificates;

    private CertificateChain(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    /** The chain in {@code pem}, or empty if it holds no certificate that parses. */
    public static Optional<CertificateChain> parse(String pem) {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            return Optional.empty();
        }
        try {
            Collection<? extends java.security.cert.Certificate> parsed = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> chain = new ArrayList<>();
            for (java.security.cert.Certificate certificate : parsed) {
                chain.add((X509Certificate) certificate);
            }
            return chain.isEmpty() ? Optional.empty() : Optional.of(new CertificateChain(chain));
        } catch (CertificateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    public X509Certificate leaf() {
        return certificates.get(0);
    }

    public PublicKey publicKey() {
        return leaf().getPublicKey();
    }

    public Instant notBefore() {
        return leaf().getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return leaf().getNotAfter().toInstant();
    }

    /** The DNS names it is valid for (subjectAltName), lower case. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = leaf().getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    if (Integer.valueOf(2).equals(alternative.get(0))) {
                        names.add(alternative.get(1).toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no readable names: it covers nothing
        }
        return names;
    }

    /** Whether a browser accepts it for {@code domain}: a name equal to it, or a wildcard one level above. */
    public boolean covers(String domain) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        int dot = wanted.indexOf('.');
        return names().stream().anyMatch(name -> name.equals(wanted)
                || (name.startsWith("*.") && dot > 0 && name.substring(1).equals(wanted.substring(dot))));
    }

    public boolean isSelfSigned() {
        return leaf().getSubjectX500Principal().equals(leaf().getIssuerX500Principal());
    }

    /** Who issued it, in words: the issuer's common name, or its whole name. */
    public String issuer() {
        String name = leaf().getIssuerX500Principal().getName();
        for (String part : name.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return name;
    }

    public String serial() {
        return leaf().getSerialNumber().toString(16);
    }

    /** SHA-256 of the certificate, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(leaf().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
