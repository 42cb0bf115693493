package org.ownmeet.installers.certificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/**
 * On the server: the certificate in place is the one wanted (certbot's newest, or the user's own file),
 * nginx on 443 and Prosody's main host on 5222 (STARTTLS) serve exactly it, it is for the domain, and
 * it has more than two weeks left.
 */
final class CertificateInPlaceCheck implements ServerCheck {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private final Profile profile;

    CertificateInPlaceCheck(Profile profile) {
        this.profile = profile;
    }

    @Override
    public CheckId id() {
        return CheckId.CERTIFICATE;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        String domain = profile.domain();
        boolean letsEncrypt = profile.certificates().mode() == CertificateMode.LETS_ENCRYPT;
        Map<String, Optional<CertificateChain>> found = sections(session.run(RemoteScript.asRoot("look at the served certificates", ScriptResource.of(CertificateInPlaceCheck.class, "served-certificates.sh")
                .with("DOMAIN", domain).with("WEB_CERTIFICATE", JitsiFiles.webCertificate(domain))
                .with("LETS_ENCRYPT_CHAIN", LetsEncryptLineage.chainPath(domain)).text()).quiet())
                .requireSuccess().stdoutText());
        Optional<CertificateChain> installed = found.get("installed");
        if (installed.isEmpty()) {
            return CheckResult.failed(id(), "There is no certificate where the web server looks for it. Run OwnMeet again.",
                    JitsiFiles.webCertificate(domain) + " is missing or not a certificate");
        }
        CertificateChain certificate = installed.get();
        Optional<CertificateChain> wanted = letsEncrypt ? found.get("letsencrypt") : ownFile();
        String source = letsEncrypt ? "the newest one from " + Authority.name(profile.certificates().acmeDirectory())
                : "the one in " + profile.certificates().certificateFile();
        if (wanted.isEmpty() || !wanted.get().fingerprint().equals(certificate.fingerprint())) {
            return CheckResult.failed(id(), "The certificate in place is not " + source + ". Run OwnMeet again to install it.",
                    "in place: " + describe(certificate) + "; wanted: " + wanted.map(CertificateInPlaceCheck::describe).orElse("none"));
        }
        for (String service : new String[] {"web", "prosody"}) {
            Optional<CertificateChain> served = found.get(service);
            if (served.isEmpty() || !served.get().fingerprint().equals(certificate.fingerprint())) {
                String who = service.equals("web") ? "The web server" : "Prosody's main host (used by chat apps)";
                return CheckResult.failed(id(), who + " does not serve the certificate in place; it may not have loaded it. "
                                + "Run OwnMeet again, which restarts it.",
                        service + " serves " + served.map(CertificateInPlaceCheck::describe).orElse("nothing")
                                + "; in place: " + describe(certificate));
            }
        }
        if (!certificate.covers(domain)) {
            return CheckResult.failed(id(), "The certificate is for " + String.join(", ", certificate.names()) + ", not for "
                    + domain + ".", describe(certificate));
        }
        if (certificate.notAfter().isBefore(Instant.now().plus(LetsEncryptLineage.RENEW_WHEN_LEFT))) {
            return CheckResult.failed(id(), "The certificate runs out on " + DAY.format(certificate.notAfter()) + ". "
                    + (letsEncrypt ? "It should have been renewed a month before; run OwnMeet again, which asks for a new one."
                    : "Get a new one and run OwnMeet again with it."), describe(certificate));
        }
        String how = target.trust().isPinned() ? "; checked from outside against this very certificate, read over SSH, because "
                + "it comes from " + certificate.issuer() + ", which computers do not trust by default" : "";
        return CheckResult.passed(id(), describe(certificate) + how);
    }

    private Optional<CertificateChain> ownFile() {
        try {
            return CertificateChain.parse(Files.readString(Path.of(profile.certificates().certificateFile())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Optional<CertificateChain>> sections(String output) {
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("OWNMEET-SECTION ")) {
                current = new StringBuilder();
                text.put(line.substring("OWNMEET-SECTION ".length()).strip(), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, Optional<CertificateChain>> parsed = new LinkedHashMap<>();
        for (String name : new String[] {"installed", "web", "prosody", "letsencrypt"}) {
            StringBuilder pem = text.get(name);
            parsed.put(name, pem == null ? Optional.empty() : CertificateChain.parse(pem.toString()));
        }
        return parsed;
    }

    private static String describe(CertificateChain certificate) {
        return "certificate for " + String.join(", ", certificate.names()) + " from " + certificate.issuer() + ", valid until "
                + DAY.format(certificate.notAfter()) + ", serial " + certificate.serial() + ", SHA-256 " + certificate.fingerprint();
    }
}
