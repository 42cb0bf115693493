package org.ownmeet.installers.tuning;

import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * systemd limits for jicofo (threads and connections) and Prosody (one process: connections only),
 * in drop-in files of OwnMeet's own. The videobridge's unit already sets the handbook's values; on an
 * extra videobridge server, where the videobridge is all there is, its drop-in keeps them whatever a
 * later unit sets. Below the sizes that need more, the drop-in stays but sets nothing, so a smaller size
 * takes back what a larger one raised.
 */
enum ServiceLimits {
    JICOFO("jicofo", "LimitNOFILE", "LimitNPROC", "TasksMax"),
    PROSODY("prosody", "LimitNOFILE"),
    VIDEOBRIDGE("jitsi-videobridge2", "LimitNOFILE", "LimitNPROC", "TasksMax");

    /** The services of the main server whose limits OwnMeet sets; there the videobridge's unit has its own. */
    static final List<ServiceLimits> MEETING_SERVER = List.of(JICOFO, PROSODY);

    final String service;
    private final String[] settings;

    ServiceLimits(String service, String... settings) {
        this.service = service;
        this.settings = settings;
    }

    String path() {
        return "/etc/systemd/system/" + service + ".service.d/ownmeet-tuning.conf";
    }

    /** The same for every size with the same limits, so a change of size restarts the service only when they differ. */
    String content(SizeTuning tuning) {
        StringBuilder text = new StringBuilder("# OwnMeet rewrites this file from the meeting size in its profile\n");
        if (tuning.serviceLimit() == 0) {
            return text.append("# that size needs no more than systemd's default limits\n").toString();
        }
        text.append("[Service]\n");
        for (String setting : settings) {
            text.append(setting).append('=').append(tuning.serviceLimit()).append('\n');
        }
        return text.toString();
    }

    /** The drop-in as the size wants it, or null if it already is. */
    FileChange change(ServerState state, SizeTuning tuning) {
        return FileChange.ifDifferent("limits of " + service + " for " + Requirements.meetings(tuning.size()), state.file(path()),
                FileWrite.of(path(), content(tuning)), Validator.SYSTEMD, Set.of(service));
    }
}
