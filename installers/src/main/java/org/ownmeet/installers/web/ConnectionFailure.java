package org.ownmeet.installers.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;

import javax.net.ssl.SSLException;

import org.ownmeet.installers.secret.Redaction;

/**
 * Why talking HTTPS to the meeting server failed, in plain words for the user and one line for IT.
 * Built from the exception's types and the JDK's own messages, which never carry a secret; they pass
 * through {@link Redaction} all the same.
 */
public record ConnectionFailure(Kind kind, String userMessage, String detail) {
    public enum Kind {
        UNKNOWN_NAME, REFUSED, NO_ANSWER, UNREACHABLE, CERTIFICATE_NOT_TRUSTED, CERTIFICATE_WRONG_NAME,
        CERTIFICATE_EXPIRED, TLS_FAILED, CONNECTION_FAILED
    }

    public ConnectionFailure {
        userMessage = Redaction.apply(userMessage);
        detail = Redaction.apply(detail);
    }

    /** True if OwnMeet did reach the server, so its other addresses will not answer better. */
    public boolean reachedServer() {
        return kind == Kind.CERTIFICATE_NOT_TRUSTED || kind == Kind.CERTIFICATE_WRONG_NAME
                || kind == Kind.CERTIFICATE_EXPIRED || kind == Kind.TLS_FAILED || kind == Kind.CONNECTION_FAILED;
    }

    public static ConnectionFailure of(IOException failure, VerifiedTls tls) {
        HttpsServer server = tls.server();
        String where = server.describe();
        String domain = server.domain();
        String detail = where + ": " + chain(failure);
        if (failure instanceof UnknownHostException) {
            return new ConnectionFailure(Kind.UNKNOWN_NAME, "The name " + domain + " cannot be found. Check the domain "
                    + "and that its DNS record points at the server.", detail);
        }
        if (failure instanceof ConnectException && !(failure instanceof NoRouteToHostException)
                && String.valueOf(failure.getMessage()).contains("refused")) {
            return new ConnectionFailure(Kind.REFUSED, "The server refused connections on port " + server.port()
                    + ": the web server (nginx) does not seem to run, or a firewall rejects the port.", detail);
        }
        if (failure instanceof SocketTimeoutException) {
            long seconds = String.valueOf(failure.getMessage()).toLowerCase().contains("connect")
                    ? tls.timeouts().connect().toSeconds() : tls.timeouts().read().toSeconds();
            return new ConnectionFailure(Kind.NO_ANSWER, "The server did not answer within " + seconds
                    + (seconds == 1 ? " second" : " seconds") + ". Check "
                    + "that it is switched on and that no firewall blocks port " + server.port() + ".", detail);
        }
        if (failure instanceof NoRouteToHostException || failure instanceof ConnectException) {
            return new ConnectionFailure(Kind.UNREACHABLE, "The server cannot be reached from this computer. Check the "
                    + "network and the server's address.", detail);
        }
        if (failure instanceof SSLException) {
            return certificateFailure(failure, server, detail);
        }
        return new ConnectionFailure(Kind.CONNECTION_FAILED, "The connection to the server broke off.", detail);
    }

    private static ConnectionFailure certificateFailure(IOException failure, HttpsServer server, String detail) {
        String domain = server.domain();
        String trust = server.trust().describe();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
                    || message.contains("validity check failed")) {
                return new ConnectionFailure(Kind.CERTIFICATE_EXPIRED, "The server's certificate for " + domain
                        + " has expired or is not valid yet. Renew it (Let's Encrypt renews it by itself when the "
                        + "renewal works).", detail);
            }
            if (message.contains("No subject alternative") || message.contains("No name matching")) {
                return new ConnectionFailure(Kind.CERTIFICATE_WRONG_NAME, "The server's certificate is not made out "
                        + "for " + domain + ", so browsers will warn everyone who opens a meeting.", detail);
            }
            if (t.getClass().getName().endsWith("ValidatorException") || message.contains("PKIX path")
                    || message.contains("unable to find valid certification path")) {
                return new ConnectionFailure(Kind.CERTIFICATE_NOT_TRUSTED, "The server's certificate is not the one "
                        + "OwnMeet expected: it is not trusted by " + trust + ". Someone may be in between, or the "
                        + "certificate was replaced.", detail);
            }
        }
        return new ConnectionFailure(Kind.TLS_FAILED, "A secure (TLS) connection to " + domain + " could not be set up.",
                detail);
    }

    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }
}
