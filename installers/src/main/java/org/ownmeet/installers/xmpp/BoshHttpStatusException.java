package org.ownmeet.installers.xmpp;

import java.io.IOException;

/** The BOSH address answered, but not with 200: no such path (404), or nginx cannot reach Prosody (502). */
final class BoshHttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BoshHttpStatusException(int status) {
        super("the BOSH address answered HTTP " + status);
        this.status = status;
    }

    int status() {
        return status;
    }
}
