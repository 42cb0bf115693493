package org.ownmeet.installers.upkeep.health;

/**
 * How long a security update has been waiting, as the server itself can tell it truthfully: after every
 * successful refresh of the package lists (apt's daily timer, or anyone's {@code apt-get update}) apt runs
 * OwnMeet's hook, which notes for each pending security update (package and offered version, chosen as
 * the health report counts them: an {@code Inst} line of apt's simulation naming a security suite) the
 * time the lists first offered it, and drops what is no longer pending. The age said is "since the lists
 * first offered it": the refresh runs daily, so it is at most about a day short. A package's changelog
 * date would need the package downloaded, and a Release file's date is that of the suite's last
 * publication, not of the update.
 */
public final class PendingSince {
    public static final String HOOK = "/etc/apt/apt.conf.d/53ownmeet-pending-since";
    /** Lines of {@code <package> <version> <first offered, seconds since 1970>}. */
    static final String RECORD = "/var/lib/ownmeet/pending-security-since";
    /**
     * Reads apt's simulation, prints {@code <package> <offered version>} of each security update. {@code e} is
     * awk's empty string: apt's configuration syntax cannot hold the double quotes that would write it.
     */
    static final String SECURITY_UPDATES = "awk -v e= '/^Inst / && tolower($0) ~ /security/ "
            + "{ v = $0; sub(/^[^(]*[(]/, e, v); sub(/ .*/, e, v); print $2, v }'";
    static final String SIMULATION = "apt-get -s -o Debug::NoLocking=1 upgrade 2>/dev/null";

    private PendingSince() {
    }

    /** The apt setting: its command holds no double quote and no backslash, which apt's syntax would not carry. */
    public static String hook() {
        String command = ("f=%1$s; mkdir -p /var/lib/ownmeet && touch $f && %2$s | %3$s"
                + " | awk -v now=$(date +%%s) -v old=$f 'FILENAME == old { seen[$1 FS $2] = $3; next }"
                + " { k = $1 FS $2; print k, (k in seen ? seen[k] : now) }' $f - > $f.new && mv $f.new $f || true")
                .formatted(RECORD, SIMULATION, SECURITY_UPDATES);
        return """
                // OwnMeet: note when the package lists first offered each pending security update (verify's health report).
                APT::Update::Post-Invoke-Success { "%s"; };
                """.formatted(command);
    }

    /** For the health script: the earliest time noted of the security updates pending now (in {@code $sim}), if any. */
    static String oldestScript() {
        return ("oldest=$(printf '%%s\\n' \"$sim\" | %1$s | awk -v old=%2$s 'FILENAME == old { seen[$1 FS $2] = $3; next }"
                + " ($1 FS $2) in seen { print seen[$1 FS $2] }' %2$s - 2>/dev/null | sort -n | head -n 1)\n"
                + "if [ -n \"$oldest\" ]; then echo \"pending-security-since $oldest\"; fi\n").formatted(SECURITY_UPDATES, RECORD);
    }
}
