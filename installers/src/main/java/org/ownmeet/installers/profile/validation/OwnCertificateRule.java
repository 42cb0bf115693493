package org.ownmeet.installers.profile.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.pem.PrivateKeyPem;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * The user's own certificate and key, read from this computer before anything reaches the server:
 * both files are PEM, the key belongs to the certificate, the certificate is for the meeting domain
 * and is valid now. A message never quotes the key file's content.
 */
public final class OwnCertificateRule {
    /** Runs out sooner than this: a warning, the set-up still goes ahead. */
    public static final Duration SOON = Duration.ofDays(14);
    private static final long LARGEST_FILE = 1 << 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private OwnCertificateRule() {
    }

    /**
     * @param domain the meeting domain in ASCII, or null if it is not valid (then the names are not compared)
     */
    public static CheckedValue<CertificateChain> check(String certificateFile, String keyFile, String domain, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldWarning> warnings = new ArrayList<>();
        Optional<CertificateChain> chain = read(ProfileFields.CERTIFICATE_FILE, "Certificate file", certificateFile, errors)
                .flatMap(bytes -> certificate(certificateFile, bytes, errors));
        Optional<PrivateKeyPem> key = read(ProfileFields.KEY_FILE, "Key file", keyFile, errors)
                .flatMap(bytes -> key(keyFile, bytes, errors));
        if (chain.isPresent()) {
            CertificateChain certificate = chain.get();
            if (key.isPresent() && !key.get().matches(certificate.publicKey())) {
                errors.add(new FieldError(ProfileFields.KEY_FILE, "Key file: this key does not belong to the certificate in "
                        + certificateFile + "; choose the key that was made together with it", "key-file.mismatch",
                        List.of(certificateFile)));
            }
            if (domain != null && !certificate.covers(domain)) {
                errors.add(certificate.names().isEmpty()
                        ? new FieldError(ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate names no web address,"
                                + " so browsers refuse it; it must be made for " + domain, "certificate-file.no-name",
                                List.of(domain))
                        : new FieldError(ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate is for "
                                + String.join(", ", certificate.names()) + ", not for " + domain, "certificate-file.other-name",
                                List.of(String.join(", ", certificate.names()), domain)));
            }
            if (certificate.notAfter().isBefore(now)) {
                errors.add(new FieldError(ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate ran out on "
                        + DAY.format(certificate.notAfter()) + "; ask whoever issued it for a new one",
                        "certificate-file.expired", List.of(DAY.format(certificate.notAfter()))));
            } else if (certificate.notBefore().isAfter(now)) {
                errors.add(new FieldError(ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate is valid only from "
                        + DAY.format(certificate.notBefore()) + "; check this computer's date, or wait until then",
                        "certificate-file.not-yet-valid", List.of(DAY.format(certificate.notBefore()))));
            } else if (certificate.notAfter().isBefore(now.plus(SOON))) {
                warnings.add(new FieldWarning(ProfileFields.CERTIFICATE_FILE, "Certificate file: the certificate runs out on "
                        + DAY.format(certificate.notAfter()) + "; get a new one soon and run OwnMeet again with it",
                        "certificate-file.expires-soon", List.of(DAY.format(certificate.notAfter()))));
            }
        }
        return new CheckedValue<>(errors.isEmpty() ? chain.orElse(null) : null, errors, warnings);
    }

    private static Optional<byte[]> read(String field, String label, String file, List<FieldError> errors) {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                errors.add(new FieldError(field, label + ": " + file + " is a folder; choose the file in it", "file.folder",
                        List.of(file)));
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > LARGEST_FILE) {
                errors.add(new FieldError(field, label + ": " + file + " is " + size / 1024 + " KB; such a file has a few KB, "
                        + "so it is probably not the right one", "file.too-large", List.of(file, String.valueOf(size / 1024))));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException | InvalidPathException e) {
            errors.add(new FieldError(field, label + ": there is no file " + file + " on this computer", "file.not-found",
                    List.of(file)));
        } catch (IOException e) {
            errors.add(new FieldError(field, label + ": OwnMeet cannot read " + file + " (" + e.getClass().getSimpleName() + ")",
                    "file.unreadable", List.of(file, e.getClass().getSimpleName())));
        }
        return Optional.empty();
    }

    private static Optional<CertificateChain> certificate(String file, byte[] bytes, List<FieldError> errors) {
        Optional<CertificateChain> chain = CertificateChain.parse(new String(bytes, StandardCharsets.US_ASCII));
        if (chain.isEmpty()) {
            boolean key = PrivateKeyPem.parse(bytes).kind() != PrivateKeyPem.Kind.NONE;
            errors.add(new FieldError(ProfileFields.CERTIFICATE_FILE, key
                    ? "Certificate file: " + file + " holds a private key, not the certificate; were the two files swapped?"
                    : "Certificate file: " + file + " holds no certificate; choose the file that starts with "
                            + "-----BEGIN CERTIFICATE----- (often called fullchain.pem)",
                    key ? "certificate-file.holds-key" : "certificate-file.no-certificate", List.of(file)));
        }
        return chain;
    }

    private static Optional<PrivateKeyPem> key(String file, byte[] bytes, List<FieldError> errors) {
        PrivateKeyPem key = PrivateKeyPem.parse(bytes);
        switch (key.kind()) {
            case KEY -> {
                return Optional.of(key);
            }
            case ENCRYPTED -> errors.add(new FieldError(ProfileFields.KEY_FILE, "Key file: the key in " + file + " is locked "
                    + "with a passphrase, and the server must read it without one; save a copy without the passphrase "
                    + "and choose that", "key-file.encrypted", List.of(file)));
            case NONE -> {
                boolean certificate = CertificateChain.parse(new String(bytes, StandardCharsets.US_ASCII)).isPresent();
                errors.add(new FieldError(ProfileFields.KEY_FILE, certificate
                        ? "Key file: " + file + " holds a certificate, not the private key; were the two files swapped?"
                        : "Key file: " + file + " holds no private key; choose the file that starts with -----BEGIN PRIVATE"
                                + " KEY----- (often called privkey.pem)",
                        certificate ? "key-file.holds-certificate" : "key-file.no-key", List.of(file)));
            }
        }
        return Optional.empty();
    }
}
