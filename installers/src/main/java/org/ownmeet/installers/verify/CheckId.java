package org.ownmeet.installers.verify;

import com.fasterxml.jackson.annotation.JsonValue;

/** The verifier's checks, in the order they run, each with a stable id and a title in plain words. */
public enum CheckId {
    HTTPS("https", "The meeting address answers securely"),
    HOST_LOGIN("host-login", "Hosts can log in"),
    NO_ANONYMOUS_MEETINGS("no-anonymous-meetings", "Nobody can open a meeting without an account"),
    GUEST_LOGIN("guest-login", "Guests can join without an account"),
    GUESTS_CANNOT_OPEN_MEETINGS("guests-cannot-open-meetings", "Guests cannot open a meeting"),
    NO_SIGN_UP("no-sign-up", "Nobody can sign up for an account"),
    NO_INVITATIONS("no-invitations", "Hosts cannot invite anyone to sign up"),
    NO_LOGIN_WITHOUT_TLS("no-login-without-tls", "Nobody logs in without encryption"),
    PASSWORD_CHANGE("password-change", "Hosts can change their own password"),
    VERIFICATION_ACCOUNT_REMOVED("verification-account-removed", "The verification account was removed again"),
    CERTIFICATE("certificate", "The web server and Prosody use the certificate, and it is valid"),
    CERTIFICATE_RENEWAL("certificate-renewal", "The certificate renews itself"),
    NO_THIRD_PARTY_HOSTS("no-third-party-hosts", "Meetings contact nobody but this server"),
    LOCAL_RECORDING("local-recording", "Local recording is as the privacy notice says"),
    UNSUPPORTED_BROWSERS("unsupported-browsers", "Firefox joins meetings or is kept out, as you chose"),
    WELCOME_PAGE_NOTICE("welcome-page-notice", "The welcome page shows the privacy notice and says honestly how meetings are encrypted"),
    PASSWORD_PAGE("password-page", "Hosts can change their own password on the server's own page"),
    LOGS_WITHOUT_ADDRESSES("logs-without-addresses", "The logs keep no visitor's address"),
    LOG_RETENTION("log-retention", "Logs are deleted after the days you chose"),
    FIREWALL("firewall", "The firewall is on and lets in SSH and the meetings"),
    AUTOMATIC_UPDATES("automatic-updates", "The server installs its security updates by itself");

    private final String id;
    private final String title;

    CheckId(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
