package org.ownmeet.app.cli;

/** What the command line's exit status means, for scripts. */
final class ExitCodes {
    static final int OK = 0;
    /** A change failed its check and was undone, a service did not restart, or a command failed on the server. */
    static final int APPLY_FAILED = 1;
    /** Wrong options, or a profile that cannot be read or has fields to correct. */
    static final int BAD_INPUT = 2;
    /** The server cannot be reached, the login or sudo was refused, or the connection was lost. */
    static final int CONNECTION = 3;
    /** The server's key is not confirmed yet, or it changed. */
    static final int HOST_KEY = 4;
    /** Applied, but a check from outside failed. */
    static final int VERIFY_FAILED = 5;
    /**
     * The server is not ready for what the profile asks, and something outside OwnMeet must change first: its
     * system is not supported, it was set up for another domain, the domain has no address or points elsewhere,
     * port 80 is closed, the certificate service refused, a disk is full, a file was edited by hand.
     */
    static final int SERVER_NOT_READY = 6;
    /** A file on this computer cannot be used (OwnMeet's known hosts file, for one). */
    static final int LOCAL_FILE = 7;
    /** Something OwnMeet did not expect went wrong in OwnMeet itself; the details are in the log file. */
    static final int UNEXPECTED = 8;
    /** Stopped with Ctrl-C (the shell's usual status for it). */
    static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
