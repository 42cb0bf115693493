package org.ownmeet.installers.firewall;

/**
 * A port OwnMeet opens to anyone, for IPv4 and IPv6, with what it is for. In ufw it carries the
 * comment {@code OwnMeet <purpose>}, which is how OwnMeet tells its own rules from the admin's.
 */
record FirewallRule(int port, String protocol, String purpose) {
    static final String COMMENT_PREFIX = "OwnMeet";

    FirewallRule {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new IllegalArgumentException("protocol must be tcp or udp: " + protocol);
        }
        if (!purpose.matches("[A-Za-z0-9 ]+")) {
            throw new IllegalArgumentException("a purpose is plain words (it becomes a ufw comment): " + purpose);
        }
    }

    String comment() {
        return COMMENT_PREFIX + " " + purpose;
    }

    /** {@code 443/tcp}, as ufw writes it. */
    String spec() {
        return port + "/" + protocol;
    }

    @Override
    public String toString() {
        return spec() + " (" + purpose + ")";
    }
}
