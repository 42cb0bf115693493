package org.ownmeet.installers.pem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class PemTest {
    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1));

    @Test
    void aChainIsReadLeafFirstWithItsNames() {
        TestCertificates.Pair leaf = TestCertificates.make("EC", List.of("Meet.Example.org", "www.example.org"), YESTERDAY,
                Duration.ofDays(90));
        TestCertificates.Pair issuer = TestCertificates.forDomain("ca.example.org");
        CertificateChain chain = CertificateChain.parse(leaf.certificatePem() + issuer.certificatePem()).orElseThrow();
        assertEquals(List.of("meet.example.org", "www.example.org"), chain.names());
        assertTrue(chain.covers("meet.example.org") && chain.covers("MEET.example.org"));
        assertFalse(chain.covers("example.org"));
        assertTrue(chain.isSelfSigned());
        assertEquals("meet.example.org", chain.issuer().toLowerCase());
        assertTrue(chain.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), chain.fingerprint());
    }

    @Test
    void aWildcardCoversOneLevelOnly() {
        CertificateChain chain = CertificateChain.parse(TestCertificates.make("EC", List.of("*.example.org"), YESTERDAY,
                Duration.ofDays(9)).certificatePem()).orElseThrow();
        assertTrue(chain.covers("meet.example.org"));
        assertFalse(chain.covers("a.meet.example.org"));
        assertFalse(chain.covers("example.org"));
    }

    @Test
    void textWithoutACertificateIsNoChain() {
        assertTrue(CertificateChain.parse("").isEmpty());
        assertTrue(CertificateChain.parse(null).isEmpty());
        assertTrue(CertificateChain.parse("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").isEmpty());
    }

    /** The SSH library registers Bouncy Castle as a provider, which then names EC keys "ECDSA": still the same pair. */
    @Test
    void aKeyMatchesItsCertificateWithBouncyCastleRegistered() {
        Security.addProvider(new BouncyCastleProvider());
        TestCertificates.Pair ec = TestCertificates.forDomain("meet.example.org");
        TestCertificates.Pair rsa = TestCertificates.make("RSA", List.of("meet.example.org"), YESTERDAY, Duration.ofDays(9));
        assertTrue(key(ec.keyPem()).matches(ec.certificate().getPublicKey()));
        assertTrue(key(ec.traditionalKeyPem()).matches(ec.certificate().getPublicKey()));
        assertTrue(key(rsa.keyPem()).matches(rsa.certificate().getPublicKey()));
        assertFalse(key(TestCertificates.forDomain("meet.example.org").keyPem()).matches(ec.certificate().getPublicKey()));
        assertFalse(key(rsa.keyPem()).matches(ec.certificate().getPublicKey()));
    }

    @Test
    void aKeyMatchesItsOwnCertificateOnlyInEveryForm() {
        TestCertificates.Pair ec = TestCertificates.forDomain("meet.example.org");
        TestCertificates.Pair rsa = TestCertificates.make("RSA", List.of("meet.example.org"), YESTERDAY, Duration.ofDays(9));
        TestCertificates.Pair otherEc = TestCertificates.forDomain("meet.example.org");
        assertTrue(key(ec.keyPem()).matches(ec.certificate().getPublicKey()));
        assertTrue(key(ec.traditionalKeyPem()).matches(ec.certificate().getPublicKey()));
        assertTrue(key(rsa.keyPem()).matches(rsa.certificate().getPublicKey()));
        assertTrue(key(rsa.traditionalKeyPem()).matches(rsa.certificate().getPublicKey()));
        assertFalse(key(otherEc.keyPem()).matches(ec.certificate().getPublicKey()));
        assertFalse(key(rsa.keyPem()).matches(ec.certificate().getPublicKey()));
    }

    @Test
    void lockedKeysAndOtherTextAreToldApart() {
        TestCertificates.Pair ec = TestCertificates.forDomain("meet.example.org");
        assertEquals(PrivateKeyPem.Kind.ENCRYPTED, key(ec.encryptedKeyPem()).kind());
        assertEquals(PrivateKeyPem.Kind.NONE, key(ec.certificatePem()).kind());
        assertEquals(PrivateKeyPem.Kind.NONE, key("garbage").kind());
        assertEquals(PrivateKeyPem.Kind.NONE, key("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n").kind());
        assertEquals("private key (not shown)", key(ec.keyPem()).toString());
    }

    private static PrivateKeyPem key(String pem) {
        return PrivateKeyPem.parse(pem.getBytes(StandardCharsets.US_ASCII));
    }
}
