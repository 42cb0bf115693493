package org.ownmeet.steps.connection;

import java.util.Optional;

import org.ownmeet.installers.session.Preflight;
import org.ownmeet.steps.api.Texts;

/** What the server is, in the user's words and number format: one line per fact for the preflight card. */
public final class PreflightSummary {
    private final Preflight found;
    private final Texts texts;

    public PreflightSummary(Preflight found, Texts texts) {
        this.found = found;
        this.texts = texts;
    }

    public boolean supported() {
        return found.supported();
    }

    /** "Debian GNU/Linux 12 (bookworm): supported", or why not. */
    public String system() {
        return found.supported() ? texts.format("connection.preflight.supported", found.system())
                : texts.format("connection.preflight.unsupported", found.system(),
                        found.supportNote() == null ? "" : texts.notice(found.supportNote()));
    }

    /** A note on a supported system (what differs), if the engine has one. */
    public Optional<String> note() {
        return found.supported() && found.supportNote() != null ? Optional.of(texts.notice(found.supportNote())) : Optional.empty();
    }

    public String cores() {
        return texts.format("connection.preflight.cores", found.cores());
    }

    public String memory() {
        return texts.format("connection.preflight.memory", found.memoryMegabytes() / 1024.0);
    }

    public String disk() {
        return texts.format("connection.preflight.disk", found.freeDiskMegabytes() / 1024.0);
    }

    public String addresses() {
        return found.addresses().isEmpty() ? texts.get("connection.preflight.noAddresses")
                : texts.format("connection.preflight.addresses", String.join(", ", found.addresses()));
    }

    /** Jitsi Meet or an earlier OwnMeet set-up found on the server. */
    public Optional<String> existing() {
        String what;
        if (found.ownMeetRecord()) {
            what = found.recordedDomain() == null || found.recordedDomain().isBlank() ? texts.get("connection.preflight.ownMeetBefore")
                    : texts.format("connection.preflight.ownMeet", found.recordedDomain());
        } else if (found.jitsiInstalled()) {
            what = texts.get("connection.preflight.jitsi");
        } else {
            return Optional.empty();
        }
        return Optional.of(what);
    }
}
