package org.ownmeet.installers.certificates;

import java.time.Duration;
import java.util.Optional;

import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.profile.Profile.Certificates;

/**
 * The last request the certificate authority turned down, as the server remembers it in {@value #PATH}
 * (server time, directory, reason): Let's Encrypt counts failed validations (five per name and hour),
 * so OwnMeet does not ask the same directory again within {@link #PAUSE}, however often it is run.
 * A request that succeeds removes the note.
 */
record FailedRequest(long epochSecond, String directory, String reason) {
    static final String PATH = "/etc/ownmeet/certificate-request-failed";
    static final Duration PAUSE = Duration.ofHours(1);

    static Optional<FailedRequest> of(FileSnapshot file) {
        if (!file.exists()) {
            return Optional.empty();
        }
        long time = -1;
        String directory = "";
        String reason = "";
        for (String line : file.text().split("\n")) {
            String[] fields = line.split(" ", 2);
            if (fields.length < 2) {
                continue;
            }
            switch (fields[0]) {
                case "time" -> time = parseLong(fields[1].strip());
                case "directory" -> directory = fields[1].strip();
                case "reason" -> reason = fields[1].strip();
                default -> {
                }
            }
        }
        return time < 0 ? Optional.empty() : Optional.of(new FailedRequest(time, directory, reason));
    }

    /** Whether a request to {@code wanted} must wait, at server time {@code now}. */
    boolean holdsBack(String wanted, long now) {
        return Certificates.sameDirectory(directory, wanted) && now < epochSecond + PAUSE.toSeconds();
    }

    long retryAt() {
        return epochSecond + PAUSE.toSeconds();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The shell that writes the note after certbot failed; {@code $log} holds certbot's output. */
    static String recordScript(String directory) {
        return """
                install -d -m 700 /etc/ownmeet
                # certbot's own words: the CA's "Detail:" line, or the line after "An unexpected error occurred:"
                reason=$(awk '/^ *Detail:/ { print; exit } after { print; exit } /An unexpected error occurred:/ { after = 1 }' "$log" \
                  | sed -e 's/^ *//' -e 's/[[:cntrl:]]//g' | cut -c1-300)
                { echo "time $(date +%%s)"; echo directory %1$s; echo "reason ${reason:-certbot exited with status $status}"; } > %2$s.tmp
                chmod 600 %2$s.tmp && mv -f %2$s.tmp %2$s
                """.formatted(ShellQuote.quote(directory), PATH);
    }
}
