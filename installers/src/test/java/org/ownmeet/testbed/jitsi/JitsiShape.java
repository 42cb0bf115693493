package org.ownmeet.testbed.jitsi;

/** The two shapes of the stand-in Jitsi packages, where upstream changed what the engine touches. */
public enum JitsiShape {
    /** 2025 and later: the main virtual host uses {@code authentication = "jitsi-anonymous"}. */
    CURRENT("current"),
    /** Before 2025: plain {@code authentication = "anonymous"}, no jitsi-anonymous module. */
    PRE_2025("pre2025");

    private final String folder;

    JitsiShape(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }
}
