package org.ownmeet.installers.upkeep;

/**
 * needrestart after an automatic update: restarts every service that still runs the old library, without
 * asking and without a dialog (unattended-upgrades has no terminal to ask on).
 */
final class ServiceRestarts {
    static final String SETTINGS = "/etc/needrestart/conf.d/ownmeet.conf";

    private ServiceRestarts() {
    }

    static String settings() {
        return """
                # OwnMeet: restart the services an update left on old libraries, automatically and quietly.
                $nrconf{restart} = 'a';
                $nrconf{verbosity} = 0;
                """;
    }
}
