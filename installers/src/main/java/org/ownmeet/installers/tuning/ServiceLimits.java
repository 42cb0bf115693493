package org.ownmeet.installers.tuning;

/**
 * systemd limits for jicofo (threads and connections) and Prosody (one process: connections only),
 * in drop-in files of OwnMeet's own. The videobridge's unit already sets the handbook's values. Below
 * the sizes that need more, the drop-in stays but sets nothing, so a smaller size takes back what a
 * larger one raised.
 */
enum ServiceLimits {
    JICOFO("jicofo", "LimitNOFILE", "LimitNPROC", "TasksMax"),
    PROSODY("prosody", "LimitNOFILE");

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
}
