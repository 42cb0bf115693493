package org.ownmeet.testbed.jitsi;

/**
 * The two shapes of the stand-in Jitsi packages (all differences are listed in
 * {@code jitsi-standin/shapes.sh} and its README), so that version-aware engine code runs both ways.
 */
public enum JitsiShape {
    /** 2025 and later: the main virtual host uses {@code authentication = "jitsi-anonymous"}. */
    CURRENT("current"),
    /**
     * Late-2024 version numbers with a main virtual host on plain {@code authentication = "anonymous"}
     * and no {@code mod_auth_jitsi-anonymous.lua}. Upstream has shipped that module since 2021, so this
     * models an install where it is absent; the engine must decide by what is on disk, not by version.
     */
    PRE_2025("pre2025"),
    /**
     * A later release of the current shape, for upgrades: higher versions, and a web-config postinst that
     * appends a line to an existing config.js on upgrade, as upstream's does.
     */
    NEXT("next");

    private final String folder;

    JitsiShape(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }
}
