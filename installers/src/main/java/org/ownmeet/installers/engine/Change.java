package org.ownmeet.installers.engine;

import java.util.Set;

/** One planned change to the server, shown to the user before anything happens. */
public sealed interface Change permits FileChange, ActionChange, PendingChange {

    /** One line in plain words, e.g. "Create /etc/prosody/conf.avail/guest.meet.example.org.cfg.lua". */
    String summary();

    /** What exactly changes (a diff, the packages, the command), for the review screen and the CLI. */
    String detail();

    /** The services that must restart once this change is made. */
    Set<String> restarts();
}
