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

    private ExitCodes() {
    }
}
