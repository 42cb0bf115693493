package org.ownmeet.testbed.target;

/**
 * The Debian releases the test bed boots targets of, each from a golden image of its own. Debian 12's
 * cache keeps the name it had before there were two, so its image is not built again for the name.
 */
public enum DebianRelease {
    BOOKWORM("12", "bookworm", "golden-image"),
    TRIXIE("13", "trixie", "golden-trixie");

    private final String version;
    private final String codename;
    private final String cacheName;

    DebianRelease(String version, String codename, String cacheName) {
        this.version = version;
        this.codename = codename;
        this.cacheName = cacheName;
    }

    /** {@code VERSION_ID} in the target's {@code /etc/os-release}. */
    public String version() {
        return version;
    }

    public String codename() {
        return codename;
    }

    String cacheName() {
        return cacheName;
    }
}
