package org.ownmeet.installers.packages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ownmeet.installers.profile.Profile;

/**
 * The answer to the package question {@code jitsi-meet/cert-choice}, which must be one of the
 * choices of the version being installed, to the letter; they have changed over the years. The
 * choices are read from the package itself (its debconf templates) before installing.
 */
final class CertificateChoice {
    private CertificateChoice() {
    }

    /** The bash that prints the question's choices from the candidate package, one per line. */
    static String readChoicesScript() {
        return """
                ownmeet_cert_choices() {
                  local dir; dir=$(mktemp -d)
                  ( cd "$dir" && apt-get download -q jitsi-meet-web-config >/dev/null 2>&1 \\
                      && dpkg-deb -e jitsi-meet-web-config_*.deb control \\
                      && awk '/^Template: jitsi-meet\\/cert-choice$/ {found=1} found && /^Choices:/ {sub(/^Choices: /, ""); print; exit}' control/templates ) \\
                    | sed 's/, /\\n/g'
                  rm -rf "$dir"
                }
                """;
    }

    /**
     * Which of the package's choices fits the profile: OwnMeet gets Let's Encrypt certificates
     * itself (with the distribution's ACME client), so the package starts with a self-signed one.
     */
    static Optional<String> pick(Profile.CertificateMode mode, List<String> choices) {
        String wanted = mode == Profile.CertificateMode.OWN_FILES ? "own certificate" : "self-signed";
        return choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(wanted)).findFirst();
    }

    static List<String> parse(String lines) {
        return Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
