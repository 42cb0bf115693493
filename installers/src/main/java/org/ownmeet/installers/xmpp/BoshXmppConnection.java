package org.ownmeet.installers.xmpp;

import java.io.IOException;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.SmackException.NotConnectedException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.XMPPException.StreamErrorException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.TopLevelStreamElement;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * A Smack connection whose transport is OwnMeet's {@link BoshSession}, so everything Smack offers
 * (SASL, resource binding, XEP-0077 password change) runs over the meeting server's HTTPS BOSH
 * address with a verified certificate. Modelled on Smack's own XMPPBOSHConnection.
 */
final class BoshXmppConnection extends AbstractXMPPConnection {
    private final BoshConnectionConfiguration boshConfig;
    private volatile BoshSession session;

    BoshXmppConnection(BoshConnectionConfiguration config) {
        super(config);
        this.boshConfig = config;
    }

    @Override
    protected void connectInternal() throws SmackException, IOException, XMPPException, InterruptedException {
        BoshSession bosh = new BoshSession(boshConfig.tls(), boshConfig.path(), getXMPPServiceDomain().toString(),
                new Listener());
        session = bosh;
        BoshBody created = bosh.start();
        connected = true;
        try {
            // BOSH has no <stream:stream>; Smack needs one to set up its stream environment
            onStreamOpen(PacketParserUtils.getParserFor(
                    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'/>"));
            streamId = created.sid();
            process(created);
        } catch (Exception e) {
            bosh.abort();
            throw e instanceof IOException io ? io : new IOException("cannot read the server's first BOSH body", e);
        }
    }

    /** Hands the children of a body to Smack: stanzas, stream features, SASL and other nonzas. */
    private void process(BoshBody body) throws Exception {
        XmlPullParser parser = PacketParserUtils.getParserFor(body.xml());
        int bodyDepth = parser.getDepth();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_DOCUMENT) {
                break;
            }
            if (event != XmlPullParser.Event.START_ELEMENT || parser.getDepth() != bodyDepth + 1) {
                continue;
            }
            switch (parser.getName()) {
                case Message.ELEMENT, "iq", Presence.ELEMENT -> parseAndProcessStanza(parser);
                case "features" -> parseFeaturesAndNotify(parser);
                case "error" -> throw new StreamErrorException(PacketParserUtils.parseStreamError(parser));
                default -> parseAndProcessNonza(parser);
            }
        }
    }

    @Override
    public boolean isSecureConnection() {
        // every byte goes over TLS whose certificate was checked for the meeting domain (VerifiedTls)
        return true;
    }

    @Override
    public boolean isUsingCompression() {
        return false;
    }

    @Override
    protected void loginInternal(String username, String password, Resourcepart resource)
            throws XMPPException, SmackException, IOException, InterruptedException {
        authenticate(username, password, config.getAuthzid(), null);
        bindResourceAndEstablishSession(resource);
        afterSuccessfulLogin(false);
    }

    @Override
    protected void afterSaslAuthenticationSuccess() {
        requireSession().restart();
    }

    @Override
    public void sendNonza(Nonza element) throws NotConnectedException {
        send(element);
    }

    @Override
    protected void sendStanzaInternal(Stanza stanza) throws NotConnectedException {
        send(stanza);
        firePacketSendingListeners(stanza);
    }

    private void send(TopLevelStreamElement element) throws NotConnectedException {
        BoshSession bosh = session;
        if (bosh == null || !connected) {
            throw new NotConnectedException();
        }
        bosh.send(element.toXML(BoshSession.BOSH_NS).toString());
    }

    private BoshSession requireSession() {
        BoshSession bosh = session;
        if (bosh == null) {
            throw new IllegalStateException("not connected");
        }
        return bosh;
    }

    @Override
    protected void shutdown() {
        BoshSession bosh = session;
        if (bosh != null) {
            bosh.close();
        }
        instantShutdown();
    }

    @Override
    public void instantShutdown() {
        BoshSession bosh = session;
        session = null;
        if (bosh != null) {
            bosh.abort();
        }
        setWasAuthenticated();
        authenticated = false;
        connected = false;
    }

    private final class Listener implements BoshSession.Listener {
        @Override
        public void received(BoshBody body) {
            try {
                process(body);
                if (body.isTerminate()) {
                    throw new BoshTerminatedException(body.condition());
                }
            } catch (Exception e) {
                if (isConnected()) {
                    notifyConnectionError(e);
                }
            }
        }

        @Override
        public void failed(IOException failure) {
            if (isConnected()) {
                notifyConnectionError(failure);
            }
        }
    }
}
