package org.ownmeet.installers.privacy;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;

/**
 * The meeting page's own record button, read from the served config.js as a browser runs it: off
 * when the profile says off (Jitsi's default is on, without telling the others), and when on, everyone
 * in the meeting is told. The privacy notice says which.
 */
final class LocalRecordingCheck implements ServerCheck {
    private final boolean allowed;

    LocalRecordingCheck(boolean allowed) {
        this.allowed = allowed;
    }

    @Override
    public CheckId id() {
        return CheckId.LOCAL_RECORDING;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        JsonNode recording;
        try (HttpsConnection connection = HttpsConnection.open(new VerifiedTls(target.server(), WebTimeouts.DEFAULT))) {
            HttpResponse response = connection.get("/config.js");
            if (!response.isSuccess()) {
                return CheckResult.failed(id(), "The meeting page's settings (config.js) could not be read, so OwnMeet cannot tell"
                        + " whether participants can record.", "GET /config.js answered HTTP " + response.status());
            }
            recording = new ObjectMapper().readTree(ServedConfig.asJson(response.bodyText())).path("localRecording");
        } catch (IOException | IllegalArgumentException e) {
            return CheckResult.failed(id(), "The meeting page's settings (config.js) could not be read, so OwnMeet cannot tell"
                    + " whether participants can record.", "config.js: " + e.getMessage());
        }
        boolean disabled = recording.path("disable").asBoolean(false);
        boolean everyoneTold = recording.path("notifyAllParticipants").asBoolean(false);
        if (!allowed && !disabled) {
            return CheckResult.failed(id(), "Participants can record meetings on their device, although the privacy notice says the"
                    + " record button is off. Run OwnMeet again to switch it off.", "config.js: localRecording.disable is not true");
        }
        if (allowed && !disabled && !everyoneTold) {
            return CheckResult.failed(id(), "Participants can record meetings without the others being told, although the privacy"
                    + " notice says everyone is told. Run OwnMeet again to put that back.",
                    "config.js: localRecording.notifyAllParticipants is not true");
        }
        return CheckResult.passed(id());
    }
}
