package org.ownmeet.installers.packages;


import org.ownmeet.installers.ssh.exec.ScriptResource;
/**
 * The answer to the package question {@code jitsi-meet/cert-choice}, which must be one of the
 * choices of the version being installed, to the letter; they have changed over the years. The
 * choices are read from the package itself (its debconf templates) before installing, and the
 * install script picks the one that means a self-signed certificate.
 */
final class CertificateChoice {
    private CertificateChoice() {
    }

    /**
     * The bash that prints the question's choices, one per line, from the package apt has just
     * downloaded into its cache (the install downloads first, then answers, then configures).
     */
    static String readChoicesScript() {
        return ScriptResource.text(CertificateChoice.class, "certificate-choices.sh");
    }
}
