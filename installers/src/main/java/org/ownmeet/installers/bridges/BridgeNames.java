package org.ownmeet.installers.bridges;

import org.ownmeet.installers.accounts.ProsodyAccounts;
import org.ownmeet.installers.profile.Profile.Bridge;

/**
 * How an extra videobridge is named on the main server: its XMPP account {@code jvb-<name>@auth.<domain>}
 * (the packages' own bridge is {@code jvb}), its nickname in the brewery and its WebSocket server id, both
 * {@code <name>}, so jicofo and nginx find it by the same id.
 */
public final class BridgeNames {
    /** The bridges' room as the current packages name it in jvb.conf; jicofo's own setting wins where it names one. */
    static final String BREWERY = "jvbbrewery@internal.auth.";
    static final String ACCOUNT_PREFIX = "jvb-";

    private BridgeNames() {
    }

    public static String account(Bridge bridge) {
        return ACCOUNT_PREFIX + bridge.name();
    }

    public static String authDomain(String domain) {
        return "auth." + domain;
    }

    public static String brewery(String domain) {
        return BREWERY + domain;
    }

    /** Where Prosody keeps the bridge accounts' files (root and Prosody only). */
    static String accountsDirectory(String domain) {
        return ProsodyAccounts.directory(authDomain(domain));
    }
}
