package org.ownmeet.installers.engine;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.ServerTrust;

/**
 * Where and how the verifier reaches the meeting server. A self-signed certificate (a trial) is
 * trusted only as the very file read over the verified SSH connection; any other must be trusted by
 * this computer. If the domain does not resolve yet, the server's SSH address is used, with the
 * domain still checked in the certificate.
 */
final class ServedCertificate {
    private ServedCertificate() {
    }

    static VerifyTarget target(SshSession session, Profile profile) {
        String domain = profile.domain();
        FileSnapshot certificate = session.files().read("/etc/jitsi/meet/" + domain + ".crt");
        ServerTrust trust = certificate.exists() && isSelfSigned(certificate.content())
                ? ServerTrust.pinned(certificate.text()) : ServerTrust.system();
        VerifyTarget target = VerifyTarget.of(domain, trust);
        return resolves(domain) ? target : target.connectingTo(profile.server().host());
    }

    private static boolean isSelfSigned(byte[] pem) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
            return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        } catch (CertificateException e) {
            return false;
        }
    }

    private static boolean resolves(String domain) {
        try {
            InetAddress.getByName(domain);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
