package org.ownmeet.installers.xmpp;

import java.util.Arrays;
import java.util.Map;

import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smackx.iqregister.packet.Registration;
import org.jivesoftware.smack.sasl.core.SASLAnonymous;
import org.jivesoftware.smack.packet.Mechanisms;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;
import org.ownmeet.installers.xmpp.XmppProblem.Kind;

/**
 * XMPP to the meeting server the way browsers reach it: through {@code https://<domain>/http-bind}
 * (BOSH), with the certificate checked for the domain. Used by the verifier and by a host changing
 * their own password; every failure is an {@link XmppProblem}.
 */
public final class XmppClient {
    public static final String BOSH_PATH = "/http-bind";
    private final VerifiedTls tls;

    public XmppClient(HttpsServer server) {
        this(server, WebTimeouts.DEFAULT);
    }

    /** {@code timeouts.read()} is also how long to wait for each XMPP answer. */
    public XmppClient(HttpsServer server, WebTimeouts timeouts) {
        this.tls = new VerifiedTls(server, timeouts);
    }

    /** Logs in as {@code username} on the meeting domain (a host account). */
    public XmppSession logIn(String username, Secret password) {
        return logIn(username, tls.server().domain(), password);
    }

    /** Logs in as {@code username} on another XMPP domain of the same server (e.g. {@code auth.<domain>}). */
    public XmppSession logIn(String username, String domain, Secret password) {
        String doing = "logging in as " + username + "@" + domain;
        BoshXmppConnection connection = connection(domain, false, doing);
        try {
            connection.connect();
            char[] chars = password.chars();
            try {
                // Smack takes the password as a String; it lives no longer than this login
                connection.login(username, new String(chars));
            } finally {
                Arrays.fill(chars, '\0');
            }
            return new XmppSession(connection, tls, domain);
        } catch (Exception e) {
            connection.instantShutdown();
            throw XmppProblems.from(e, tls, domain, doing);
        }
    }

    /** Logs in without an account on {@code xmppDomain}, as a guest does (SASL ANONYMOUS). */
    public XmppSession logInAnonymously(String xmppDomain) {
        String doing = "logging in without an account on " + xmppDomain;
        BoshXmppConnection connection = connection(xmppDomain, true, doing);
        try {
            connection.connect();
            Mechanisms offered = connection.getFeature(Mechanisms.class);
            if (offered == null || !offered.getMechanisms().contains(SASLAnonymous.NAME)) {
                throw new XmppProblem(Kind.LOGIN_METHOD_NOT_OFFERED, xmppDomain + " does not offer logging in without "
                        + "an account.", doing + ": the server offers " + (offered == null ? "no SASL mechanisms"
                        : "only " + String.join(", ", offered.getMechanisms())), null);
            }
            connection.login();
            return new XmppSession(connection, tls, xmppDomain);
        } catch (Exception e) {
            connection.instantShutdown();
            throw XmppProblems.from(e, tls, xmppDomain, doing);
        }
    }

    /**
     * A stranger asks {@code xmppDomain} for an account (XEP-0077 in-band registration) without logging in.
     * Returns only if the server created it; a refusal is an {@link XmppProblem} of kind
     * {@link Kind#REQUEST_REFUSED} (or {@link Kind#UNKNOWN_XMPP_DOMAIN} for a domain the server does not serve).
     */
    public void signUp(String xmppDomain, String username, Secret password) {
        String doing = "asking " + xmppDomain + " for an account " + username + " without logging in";
        BoshXmppConnection connection = connection(xmppDomain, false, doing);
        char[] chars = password.chars();
        try {
            connection.connect();
            Registration request = new Registration(Map.of("username", username, "password", new String(chars)));
            request.setType(IQ.Type.set);
            request.setTo(JidCreate.domainBareFrom(xmppDomain));
            // matched by id alone: Smack's reply filter needs an address of our own, which a stranger has not got
            connection.createStanzaCollectorAndSend(new StanzaIdFilter(request.getStanzaId()), request).nextResultOrThrow();
        } catch (Exception e) {
            throw XmppProblems.from(e, tls, xmppDomain, doing);
        } finally {
            Arrays.fill(chars, '\0');
            connection.instantShutdown();
        }
    }

    /** A host changes their own password (XEP-0077): log in with the old one, set the new one, log out. */
    public void changeOwnPassword(String username, Secret oldPassword, Secret newPassword) {
        try (XmppSession session = logIn(username, oldPassword)) {
            session.changePassword(newPassword);
        }
    }

    private BoshXmppConnection connection(String xmppDomain, boolean anonymous, String doing) {
        DomainBareJid domain;
        try {
            domain = JidCreate.domainBareFrom(xmppDomain);
        } catch (XmppStringprepException e) {
            throw new XmppProblem(Kind.FAILED, xmppDomain + " is not a valid XMPP domain.", doing + ": " + e.getMessage(), null);
        }
        BoshConnectionConfiguration.Builder builder = BoshConnectionConfiguration.builder(tls, BOSH_PATH)
                .setXmppDomain(domain)
                .setSendPresence(false)
                // Smack's debugger would print SASL exchanges, which carry the password
                .setDebuggerFactory(null);
        if (anonymous) {
            builder.performSaslAnonymousAuthentication();
        }
        BoshXmppConnection connection = new BoshXmppConnection(builder.build());
        connection.setReplyTimeout(tls.timeouts().read().toMillis());
        Roster.getInstanceFor(connection).setRosterLoadedAtLogin(false);
        return connection;
    }
}
