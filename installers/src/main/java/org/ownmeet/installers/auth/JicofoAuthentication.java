package org.ownmeet.installers.auth;

import org.ownmeet.installers.engine.HoconEdit;

/**
 * jicofo's {@code authentication} block (enabled, type XMPP, login URL the domain), so jicofo lets
 * only a signed-in host open a room.
 */
final class JicofoAuthentication {
    static final String PATH = "/etc/jitsi/jicofo/jicofo.conf";

    private JicofoAuthentication() {
    }

    static HoconEdit edit(String domain) {
        return HoconEdit.of(PATH, "jicofo-authentication")
                .set("jicofo.authentication.enabled", true)
                .set("jicofo.authentication.type", "XMPP")
                .set("jicofo.authentication.login-url", domain);
    }
}
