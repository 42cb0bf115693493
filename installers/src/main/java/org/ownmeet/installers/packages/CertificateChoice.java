package org.ownmeet.installers.packages;

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
        return """
                ownmeet_cert_choices() {
                  local dir deb; dir=$(mktemp -d)
                  deb=$(ls -t /var/cache/apt/archives/jitsi-meet-web-config_*.deb | head -n 1)
                  dpkg-deb -e "$deb" "$dir/control"
                  awk '/^Template: jitsi-meet\\/cert-choice$/ {found=1} found && /^Choices:/ {sub(/^Choices: /, ""); print; exit}' \\
                    "$dir/control/templates" | sed 's/, /\\n/g'
                  rm -rf "$dir"
                }
                """;
    }
}
