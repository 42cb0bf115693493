package org.ownmeet.installers.xmpp;

import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.jivesoftware.smackx.muc.packet.MUCInitialPresence;
import org.jxmpp.jid.impl.JidCreate;
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

    /** Deletes this account (XEP-0077), e.g. one a check made to show that sign-up was open. */
    public void deleteAccount() {
        try {
            AccountManager.getInstance(connection).deleteAccount();
        } catch (Exception e) {
            throw XmppProblems.from(e, tls, xmppDomain, "deleting the account " + connection.getUser().asBareJid());
        }
    }

    /**
     * Runs the ad-hoc command {@code node} (XEP-0050) of this session's server. Returns whether it
     * completed; a refusal (the command does not exist here, or is not for this account) is an
     * {@link XmppProblem} of kind {@link XmppProblem.Kind#REQUEST_REFUSED}.
     */
    public boolean runCommand(String node) {
        try {
            var command = AdHocCommandManager.getAddHocCommandsManager(connection)
                    .getRemoteCommand(JidCreate.domainBareFrom(xmppDomain), node);
            command.execute();
            return command.isCompleted();
        } catch (Exception e) {
            throw XmppProblems.from(e, tls, xmppDomain, "running the command " + node + " of " + xmppDomain);
        }
    }

    /**
     * Enters the multi-user chat room {@code room} (XEP-0045), creating it if it does not exist, and
     * leaves it again. Returns normally if the server let this session in; a refusal (e.g. only
     * jicofo may create rooms) is an {@link XmppProblem} of kind {@link XmppProblem.Kind#REQUEST_REFUSED}.
     */
    public void enterRoom(String room) {
        String doing = "entering the room " + room;
        try {
            var occupant = JidCreate.entityFullFrom(room + "/ownmeet-verify");
            Presence enter = connection.getStanzaFactory().buildPresenceStanza().to(occupant)
                    .addExtension(new MUCInitialPresence()).build();
            connection.createStanzaCollectorAndSend(new AndFilter(StanzaTypeFilter.PRESENCE, FromMatchesFilter.createFull(occupant)),
                    enter).nextResultOrThrow();
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.unavailable)
                    .to(occupant).build());
        } catch (Exception e) {
            throw XmppProblems.from(e, tls, xmppDomain, doing);
        }
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
