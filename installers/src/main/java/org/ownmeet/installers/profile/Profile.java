package org.ownmeet.installers.profile;

import java.util.List;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Everything the user decides, in one versioned record: what the engine applies, what is stored on
 * the server after a run, and what the documents are made from. It never holds a secret.
 *
 * <p>A changed profile is derived one way, by the generated with-methods of it and its parts
 * ({@code profile.withDomain(d)}, {@code profile.with(b -> b.domain(d).adminEmail(e))},
 * {@code server.withPort(2222)}; RecordBuilder writes them from the components at compile time).
 */
@RecordBuilder
public record Profile(
        int schemaVersion,
        Server server,
        String domain,
        String adminEmail,
        List<HostAccount> hostAccounts,
        Certificates certificates,
        Logging logging,
        MeetingSize meetingSize,
        Organisation organisation,
        String language,
        Options options,
        PackageSources packageSources,
        Upkeep upkeep,
        List<Bridge> bridges) implements ProfileBuilder.With {

    /**
     * The version this OwnMeet writes; a profile with a higher one was made by a newer OwnMeet. Version 2
     * added {@link Upkeep}, the data protection facts and the local recording option; a version 1 file
     * gets their defaults when read ({@link ProfileFile#fromJson}).
     */
    public static final int CURRENT_SCHEMA = 2;

    public Profile {
        hostAccounts = hostAccounts == null ? List.of() : List.copyOf(hostAccounts);
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
    }

    /** A profile with no extra videobridge server, as made before bridges existed. */
    public Profile(int schemaVersion, Server server, String domain, String adminEmail, List<HostAccount> hostAccounts,
                   Certificates certificates, Logging logging, MeetingSize meetingSize, Organisation organisation,
                   String language, Options options, PackageSources packageSources, Upkeep upkeep) {
        this(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize, organisation, language,
                options, packageSources, upkeep, List.of());
    }

    /** A profile with the upkeep defaults, as made before the upkeep settings existed. */
    public Profile(int schemaVersion, Server server, String domain, String adminEmail, List<HostAccount> hostAccounts,
                   Certificates certificates, Logging logging, MeetingSize meetingSize, Organisation organisation,
                   String language, Options options, PackageSources packageSources) {
        this(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize, organisation, language,
                options, packageSources, Upkeep.DEFAULTS);
    }

    /**
     * A new profile as the wizard starts it: privacy-minded defaults for what the user may leave as it is,
     * and nothing (null) where only the user can answer (server, domain, e-mail, organisation).
     */
    public static Profile newProfile() {
        return new Profile(CURRENT_SCHEMA, new Server(null, 22, null), null, null, List.of(),
                new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT, null, null),
                new Logging(7, AccessLog.OFF), MeetingSize.UP_TO_25, new Organisation(null, null, null, null), "en",
                new Options(false, false, true), PackageSources.JITSI_STABLE);
    }

    /**
     * An extra videobridge server: media of some meetings flow through it instead of the main server. Its name is
     * the bridge's id (its account {@code jvb-<name>}, its WebSocket path); address, port and user as for the main server.
     */
    @RecordBuilder
    public record Bridge(String name, String host, int port, String user) implements ProfileBridgeBuilder.With {
    }

    /** The SSH address of the server: no password, no key, those are asked for at each run. */
    @RecordBuilder
    public record Server(String host, int port, String user) implements ProfileServerBuilder.With {
    }

    /** A person who may open meetings; guests need no account. */
    public record HostAccount(String username) {
    }

    @RecordBuilder
    public record Certificates(CertificateMode mode, String acmeDirectory, String certificateFile, String keyFile)
            implements ProfileCertificatesBuilder.With {
        public static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";
        public static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

        /** Two ACME directory addresses name the same service when they differ only in case and a trailing slash. */
        public static boolean sameDirectory(String a, String b) {
            return a.strip().replaceAll("/+$", "").equalsIgnoreCase(b.strip().replaceAll("/+$", ""));
        }
    }

    public enum CertificateMode { LETS_ENCRYPT, OWN_FILES, SELF_SIGNED }

    /** How long logs are kept, in days (0: no access logs at all), and what the web server's access log holds. */
    @RecordBuilder
    public record Logging(int retentionDays, AccessLog accessLog) implements ProfileLoggingBuilder.With {
    }

    public enum AccessLog { OFF, ANONYMISED }

    /** The largest meeting expected; it sets the tuning and the server requirements. */
    public enum MeetingSize { UP_TO_10, UP_TO_25, UP_TO_50, UP_TO_100, MORE_THAN_100 }

    /**
     * Who runs the service, for the privacy notice and the record of processing.
     *
     * @param dataProtection the GDPR facts only the deployer knows (schema 2); null until they are answered
     */
    @RecordBuilder
    public record Organisation(String name, String address, String contactEmail, String dataProtectionOfficer,
                               DataProtection dataProtection) implements ProfileOrganisationBuilder.With {
        public Organisation(String name, String address, String contactEmail, String dataProtectionOfficer) {
            this(name, address, contactEmail, dataProtectionOfficer, null);
        }
    }

    /**
     * @param peerToPeer meetings of two may connect directly (their addresses are then visible to each other)
     * @param desktopXmppClients open port 5222 so hosts can change their password with an XMPP app
     * @param firewall let OwnMeet manage ufw
     * @param localRecording participants may record a meeting on their own device; everyone is told when one does (schema 2)
     * @param excludeFirefox Firefox is shown the unsupported-browser page instead of joining; off, since upstream fixed the
     *                       problem that made one Firefox participant spoil a meeting (added later in schema 2: off when missing)
     */
    @RecordBuilder
    public record Options(boolean peerToPeer, boolean desktopXmppClients, boolean firewall, boolean localRecording,
                          boolean excludeFirefox) implements ProfileOptionsBuilder.With {
        public Options(boolean peerToPeer, boolean desktopXmppClients, boolean firewall) {
            this(peerToPeer, desktopXmppClients, firewall, false);
        }

        public Options(boolean peerToPeer, boolean desktopXmppClients, boolean firewall, boolean localRecording) {
            this(peerToPeer, desktopXmppClients, firewall, localRecording, false);
        }
    }

    /** Where the Jitsi packages come from; the real repository unless a test or mirror says otherwise. */
    @RecordBuilder
    public record PackageSources(String jitsiRepository, String jitsiSuite, String jitsiKeyUrl)
            implements ProfilePackageSourcesBuilder.With {
        public static final PackageSources JITSI_STABLE = new PackageSources("https://download.jitsi.org", "stable/",
                "https://download.jitsi.org/jitsi-key.gpg.key");
    }

    /**
     * How the server keeps itself in shape between OwnMeet's runs (security updates are always on).
     *
     * @param automaticReboot restart the server by itself when an update needs it (a new kernel), at {@code rebootTime}
     * @param rebootTime when, as {@code HH:MM} on the server's clock
     * @param keyLoginsOnly turn SSH password logins off; offered only to a user who logged in with a key
     */
    @RecordBuilder
    public record Upkeep(boolean automaticReboot, String rebootTime, boolean keyLoginsOnly)
            implements ProfileUpkeepBuilder.With {
        public static final Upkeep DEFAULTS = new Upkeep(false, "04:00", false);
    }
}
