package org.ownmeet.installers.browsers;

import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.welcome.NoticeLocations;

/**
 * Where the browser choice lives. Jitsi reads {@code UNSUPPORTED_BROWSERS} only from
 * {@code interface_config.js}, a file of the web package under {@code /usr/share} that every upgrade
 * replaces. So, as for config.js, nginx serves the domain's own copy under {@code /etc/jitsi/meet}
 * (which upgrades leave alone): the package's file with OwnMeet's lines at its end, refreshed by each run.
 */
final class InterfaceConfigOverride {
    static final String PACKAGED = "/usr/share/jitsi-meet/interface_config.js";
    static final String BLOCK = "browsers";

    private InterfaceConfigOverride() {
    }

    static String path(String domain) {
        return "/etc/jitsi/meet/" + domain + "-interface_config.js";
    }

    /** The package's file, with Firefox moved from the optimal browsers to the unsupported ones. */
    static String file(String packaged) {
        return ManagedBlock.put(packaged, "//", BLOCK, """
                interfaceConfig.OPTIMAL_BROWSERS = (interfaceConfig.OPTIMAL_BROWSERS || []).filter(function (b) { return b !== 'firefox'; });
                interfaceConfig.UNSUPPORTED_BROWSERS = (interfaceConfig.UNSUPPORTED_BROWSERS || []).concat([ 'firefox' ]);
                """);
    }

    /** The nginx site's lines, in its HTTPS server, that serve the copy in place of the package's file. */
    static String siteBlock(String domain) {
        return """
                location = /interface_config.js {
                    alias %s;
                }
                """.formatted(path(domain));
    }

    /** The site with OwnMeet's lines, or null when the site is not in the shape OwnMeet knows. */
    static String siteWith(String site, String domain) {
        return ManagedBlock.putAfter(site, "#", BLOCK, siteBlock(domain), NoticeLocations.HTTPS_SERVER);
    }

    /** The site without OwnMeet's lines: the package's own file is served again. */
    static String siteWithout(String site) {
        return ManagedBlock.remove(site, "#", BLOCK);
    }
}
