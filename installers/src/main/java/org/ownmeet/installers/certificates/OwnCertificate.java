package org.ownmeet.installers.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.google.common.hash.Hashing;
import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;

/**
 * The user's own certificate and key, read from this computer when the plan is made (the profile
 * holds only the paths; the validator has checked the files). The key is a {@link Secret}, and so is
 * every line of it, so not even a fragment can show in a log or message.
 */
final class OwnCertificate {
    private final byte[] chain;
    private final Secret key;
    private final CertificateChain parsed;
    private final Map<CertificatePlaces.Part, String> sha256 = new EnumMap<>(CertificatePlaces.Part.class);

    private OwnCertificate(byte[] chain, byte[] key) {
        this.chain = chain.clone();
        String keyText = new String(key, StandardCharsets.US_ASCII);
        keyText.lines().map(String::strip).filter(line -> !line.startsWith("-----") && line.length() >= 8).forEach(Secret::of);
        this.key = Secret.of(keyText);
        this.parsed = CertificateChain.parse(new String(chain, StandardCharsets.US_ASCII))
                .orElseThrow(() -> OwnFilesChangedProblem.noCertificate());
        sha256.put(CertificatePlaces.Part.CHAIN, sha256(chain));
        sha256.put(CertificatePlaces.Part.KEY, sha256(key));
        java.util.Arrays.fill(key, (byte) 0);
    }

    static OwnCertificate read(Profile.Certificates certificates) {
        try {
            return new OwnCertificate(Files.readAllBytes(Path.of(certificates.certificateFile())),
                    Files.readAllBytes(Path.of(certificates.keyFile())));
        } catch (IOException e) {
            throw OwnFilesChangedProblem.unreadable(e);
        }
    }

    byte[] chain() {
        return chain.clone();
    }

    Secret key() {
        return key;
    }

    CertificateChain certificate() {
        return parsed;
    }

    Map<CertificatePlaces.Part, String> sha256() {
        return Map.copyOf(sha256);
    }

    private static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }

    @Override
    public String toString() {
        return "own certificate " + parsed.names() + " (key not shown)";
    }
}
