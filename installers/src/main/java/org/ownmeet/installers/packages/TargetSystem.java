package org.ownmeet.installers.packages;

import java.util.Locale;

/**
 * The server's distribution, from {@code /etc/os-release}, and what differs between the ones OwnMeet
 * supports: Debian 12 and 13, Ubuntu 22.04 and 24.04. Debian 12 is what the test bed proves.
 */
public record TargetSystem(String id, String version, String codename) {
    /** The systems {@link #isSupported()} accepts, in words for a sentence. */
    public static final String SUPPORTED = "Debian 12 or 13 and Ubuntu 22.04 or 24.04";

    static TargetSystem parse(String probe) {
        String[] fields = probe.strip().split("\\s+");
        return new TargetSystem(fields.length > 0 ? fields[0].toLowerCase(Locale.ROOT) : "",
                fields.length > 1 ? fields[1] : "", fields.length > 2 ? fields[2] : "");
    }

    static String probeScript() {
        return ". /etc/os-release; echo \"$ID $VERSION_ID ${VERSION_CODENAME:-}\"";
    }

    public boolean isSupported() {
        return (id.equals("debian") && (version.equals("12") || version.equals("13")))
                || (id.equals("ubuntu") && (version.equals("22.04") || version.equals("24.04")));
    }

    /** Ubuntu keeps Prosody and coturn in "universe", which minimal images may lack. */
    public boolean needsUniverse() {
        return id.equals("ubuntu");
    }

    /** Ubuntu 22.04 has Prosody 0.11; jitsi-meet-prosody needs 0.12, which Prosody's own repository has. */
    public boolean needsProsodyRepository() {
        return id.equals("ubuntu") && version.equals("22.04");
    }

    @Override
    public String toString() {
        return id + " " + version + (codename.isEmpty() ? "" : " (" + codename + ")");
    }
}
