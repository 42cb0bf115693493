package org.ownmeet.installers.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ownmeet.installers.engine.HoconEdit;
import org.ownmeet.installers.packages.JitsiFiles;

/**
 * Where the videobridge asks for its public address: the packages point its STUN mapping harvester
 * at Jitsi's server (meet-jit-si-turnrelay.jitsi.net); OwnMeet points it at the server's own coturn.
 * Newer packages keep the setting in jvb.conf, older ones in sip-communicator.properties, which the
 * bridge reads first; both are set where they exist.
 */
final class VideobridgeStun {
    static final String LEGACY_KEY = "org.ice4j.ice.harvest.STUN_MAPPING_HARVESTER_ADDRESSES";
    private static final Pattern LEGACY_LINE = Pattern.compile("(?m)^(\\s*" + Pattern.quote(LEGACY_KEY) + "\\s*[=:]\\s*)(.*)$");

    private VideobridgeStun() {
    }

    static HoconEdit jvbConf(String domain) {
        return HoconEdit.of(JitsiFiles.JVB_CONF, "jvb-conf-privacy")
                .set("ice4j.harvest.mapping.stun.addresses", List.of(OwnStun.address(domain)));
    }

    /** The properties file with the harvester set to the own STUN service; unchanged if it has no such line. */
    static String legacyProperties(String text, String domain) {
        Matcher line = LEGACY_LINE.matcher(text);
        return line.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + OwnStun.address(domain)));
    }
}
