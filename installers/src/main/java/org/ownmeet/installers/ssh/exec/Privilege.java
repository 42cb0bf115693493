package org.ownmeet.installers.ssh.exec;

/** How a script that needs root gets it on this server; found out once, right after login. */
public enum Privilege {
    /** Logged in as root. */
    ROOT,
    /** sudo without a password. */
    SUDO_WITHOUT_PASSWORD,
    /** sudo with a password, which goes in on stdin ({@code sudo -S}), never on a command line. */
    SUDO_WITH_PASSWORD
}
