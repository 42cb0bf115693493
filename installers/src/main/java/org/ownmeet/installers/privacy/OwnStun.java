package org.ownmeet.installers.privacy;

/**
 * The server's own STUN service: the coturn that jitsi-meet-turnserver sets up answers STUN on
 * 3478, so neither browsers nor the videobridge need Jitsi's public STUN server to learn addresses.
 */
final class OwnStun {
    static final int PORT = 3478;

    private OwnStun() {
    }

    /** For browsers ({@code stun:} URI). */
    static String uri(String domain) {
        return "stun:" + domain + ":" + PORT;
    }

    /** For the videobridge's mapping harvester ({@code host:port}). */
    static String address(String domain) {
        return domain + ":" + PORT;
    }
}
