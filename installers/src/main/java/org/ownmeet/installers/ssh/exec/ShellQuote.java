package org.ownmeet.installers.ssh.exec;

/** Single-quotes a value for bash, so a path is one word whatever it contains. */
public final class ShellQuote {
    private ShellQuote() {
    }

    public static String quote(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a remote path cannot contain a newline or NUL: " + value.replace("\n", "\\n"));
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
