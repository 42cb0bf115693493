package org.ownmeet.installers.standard;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.ServerTrust;

/**
 * Where and how the verifier reaches the meeting server. A self-signed certificate (a trial), or one
 * from an ACME directory other than Let's Encrypt's own (its staging service, a test CA), is trusted
 * only as the very file read over the verified SSH connection: computers do not trust those
 * authorities, and trusting the authority itself would be trusting more than this one server. Any
 * other certificate must be trusted by this computer. If the domain does not resolve yet, the
 * server's SSH address is used, with the domain still checked in the certificate.
 */
public final class ServedCertificate {
    private ServedCertificate() {
    }

    public static VerifyTarget target(SshSession session, Profile profile) {
        String domain = profile.domain();
        FileSnapshot certificate = session.files().read(JitsiFiles.webCertificate(domain));
        boolean selfSigned = certificate.exists()
                && CertificateChain.parse(certificate.text()).map(CertificateChain::isSelfSigned).orElse(false);
        ServerTrust trust = certificate.exists() && (selfSigned || fromTestAuthority(profile))
                ? ServerTrust.pinned(certificate.text()) : ServerTrust.system();
        VerifyTarget target = VerifyTarget.of(domain, trust);
        return resolves(domain) ? target : target.connectingTo(profile.server().host());
    }

    private static boolean fromTestAuthority(Profile profile) {
        Profile.Certificates certificates = profile.certificates();
        return certificates.mode() == Profile.CertificateMode.LETS_ENCRYPT
                && !Profile.Certificates.sameDirectory(certificates.acmeDirectory(), Profile.Certificates.LETS_ENCRYPT);
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
