package org.ownmeet.installers.xmpp;

import java.io.IOException;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.ownmeet.installers.web.ConnectionFailure;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.xmpp.XmppProblem.Kind;

/** Turns what Smack and the transport throw into {@link XmppProblem}s, without using Smack's messages where a request could be quoted. */
final class XmppProblems {
    private XmppProblems() {
    }

    /** {@code doing}: what was being done, for the detail line, e.g. "logging in as x@example.org". */
    static XmppProblem from(Exception failure, VerifiedTls tls, String xmppDomain, String doing) {
        String bosh = tls.server().describe() + XmppClient.BOSH_PATH;
        if (failure instanceof XmppProblem problem) {
            return problem;
        }
        if (failure instanceof SmackException.SmackWrappedException && failure.getCause() instanceof Exception cause) {
            // how Smack hands a transport failure to the thread waiting for an answer
            return from(cause, tls, xmppDomain, doing);
        }
        if (failure instanceof BoshHttpStatusException status) {
            String why = status.status() == 404 ? "there is no XMPP (BOSH) address there: check the web server's "
                    + "configuration for /http-bind"
                    : status.status() >= 500 ? "the web server cannot reach the XMPP server (Prosody): check that "
                    + "it runs" : "the address refused the request";
            return new XmppProblem(Kind.BOSH_ADDRESS_FAILED, "The server's XMPP address answered with HTTP status "
                    + status.status() + ": " + why + ".", doing + ": " + bosh + " answered HTTP " + status.status(), null);
        }
        if (failure instanceof BoshTerminatedException terminated) {
            String condition = terminated.condition();
            if ("improper-addressing".equals(condition) || "host-unknown".equals(condition)) {
                return new XmppProblem(Kind.UNKNOWN_XMPP_DOMAIN, "The XMPP server does not serve " + xmppDomain + ".",
                        doing + ": " + bosh + " ended the BOSH session with condition " + condition, condition);
            }
            return new XmppProblem(Kind.FAILED, "The XMPP server ended the session.", doing + ": " + bosh
                    + " ended the BOSH session" + (condition == null ? "" : " with condition " + condition), condition);
        }
        if (failure instanceof IOException io) {
            return XmppProblem.of(ConnectionFailure.of(io, tls));
        }
        if (failure instanceof SASLErrorException sasl) {
            String condition = sasl.getSASLFailure().getSASLErrorString();
            String detail = doing + ": SASL " + sasl.getMechanism() + " failed with " + condition;
            if ("not-authorized".equals(condition)) {
                return new XmppProblem(Kind.NOT_AUTHORIZED, "The server refused the name or the password.", detail, condition);
            }
            return new XmppProblem(Kind.LOGIN_FAILED, "The server refused the login (" + condition + ").", detail, condition);
        }
        if (failure instanceof SmackException.SmackSaslException) {
            return new XmppProblem(Kind.LOGIN_METHOD_NOT_OFFERED, "The server does not offer a way of logging in that "
                    + "OwnMeet can use.", doing + ": " + failure.getMessage(), null);
        }
        if (failure instanceof XMPPException.XMPPErrorException error) {
            StanzaError stanzaError = error.getStanzaError();
            String condition = stanzaError.getCondition().toString();
            // not error.getMessage(): it quotes the request, and a password change request carries the password
            return new XmppProblem(Kind.REQUEST_REFUSED, "The server refused the request (" + condition + ").",
                    doing + ": the server answered " + stanzaError.getType() + "/" + condition
                            + (stanzaError.getDescriptiveText() == null ? "" : " \"" + stanzaError.getDescriptiveText() + "\""),
                    condition);
        }
        if (failure instanceof XMPPException.StreamErrorException stream) {
            String condition = stream.getStreamError().getCondition().toString();
            return new XmppProblem(Kind.FAILED, "The XMPP server ended the session (" + condition + ").",
                    doing + ": stream error " + condition, condition);
        }
        if (failure instanceof SmackException.NoResponseException) {
            return new XmppProblem(Kind.NO_RESPONSE, "The XMPP server did not answer in time.",
                    doing + ": no answer from " + bosh + " within " + tls.timeouts().read().toSeconds() + " s", null);
        }
        if (failure instanceof SmackException.NotConnectedException) {
            return new XmppProblem(Kind.FAILED, "The connection to the XMPP server was lost.", doing + ": not connected", null);
        }
        return new XmppProblem(Kind.FAILED, "Talking to the XMPP server failed.",
                doing + ": " + failure.getClass().getSimpleName(), null);
    }
}
