package org.ownmeet.installers.auth;

import org.ownmeet.installers.engine.HoconEdit;
import org.ownmeet.installers.packages.JitsiFiles;

/**
 * jicofo's {@code authentication} block (enabled, type XMPP, login URL the domain), so jicofo lets
 * only a signed-in host open a room.
 */
final class JicofoAuthentication {

    private JicofoAuthentication() {
    }

    static HoconEdit edit(String domain) {
        return HoconEdit.of(JitsiFiles.JICOFO_CONF, "jicofo-authentication")
                .set("jicofo.authentication.enabled", true)
                .set("jicofo.authentication.type", "XMPP")
                .set("jicofo.authentication.login-url", domain);
    }
}
