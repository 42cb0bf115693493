package org.ownmeet.installers.xmpp;

import org.jivesoftware.smackx.iqregister.AccountManager;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.VerifiedTls;

/** A logged-in XMPP session over BOSH; close it to log out. */
public final class XmppSession implements AutoCloseable {
    private final BoshXmppConnection connection;
    private final VerifiedTls tls;
    private final String xmppDomain;

    XmppSession(BoshXmppConnection connection, VerifiedTls tls, String xmppDomain) {
        this.connection = connection;
        this.tls = tls;
        this.xmppDomain = xmppDomain;
    }

    /** The address the server gave this session, e.g. {@code alice@meet.example.org/abc}. */
    public String address() {
        return String.valueOf(connection.getUser());
    }

    public boolean isAnonymous() {
        return connection.isAnonymous();
    }

    /** Sets this account's password (XEP-0077); the server must allow it ({@code mod_register} in Prosody 0.12). */
    public void changePassword(Secret newPassword) {
        String doing = "changing the password of " + connection.getUser().asBareJid();
        char[] chars = newPassword.chars();
        try {
            // Smack takes a String; the request it builds is never put into a message (see XmppProblems)
            AccountManager.getInstance(connection).changePassword(new String(chars));
        } catch (Exception e) {
            throw XmppProblems.from(e, tls, xmppDomain, doing);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
