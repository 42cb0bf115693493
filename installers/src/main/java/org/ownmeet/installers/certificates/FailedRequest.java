package org.ownmeet.installers.certificates;

import java.time.Duration;
import java.util.Optional;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.ScriptResource;
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
        return ScriptResource.text(FailedRequest.class, "record-failure.sh");
    }
}
