package org.ownmeet.installers.auth;

/**
 * OwnMeet's own Prosody file for guests: anonymous sign-in on {@code guest.<domain>}, so a guest
 * joins a meeting a host opened without an account. {@code jitsi-anonymous} (anonymous login that
 * survives a reconnect) where the installed Jitsi has it, plain {@code anonymous} where it does not.
 * Nothing of a guest's session is written to disk.
 */
final class GuestVirtualHost {
    private GuestVirtualHost() {
    }

    static String path(String domain) {
        return "/etc/prosody/conf.d/guest." + domain + ".cfg.lua";
    }

    static String guestDomain(String domain) {
        return "guest." + domain;
    }

    static String content(String domain, boolean jitsiAnonymous) {
        return """
                -- Written by OwnMeet: guests join meetings without an account, but cannot open one.
                -- OwnMeet rewrites this file on every run; changes made here do not last.
                VirtualHost "%s"
                    authentication = "%s"
                    -- no client logs in without TLS; nobody signs up or is invited to (guests need no account)
                    c2s_require_encryption = true
                    modules_disabled = { "register"; "invites"; "invites_adhoc"; "invites_register" }
                    -- what a guest's session stores (e.g. the published capabilities of its client) lives in memory only
                    storage = "memory"
                """.formatted(guestDomain(domain), jitsiAnonymous ? "jitsi-anonymous" : "anonymous");
    }
}
