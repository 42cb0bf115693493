package org.ownmeet.installers.profile;

import java.util.List;

/**
 * Everything the user decides, in one versioned record: what the engine applies, what is stored on
 * the server after a run, and what the documents are made from. It never holds a secret.
 */
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
        List<Bridge> bridges) {

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

    public Profile withDomain(String newDomain) {
        return new Profile(schemaVersion, server, newDomain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withAdminEmail(String newAdminEmail) {
        return new Profile(schemaVersion, server, domain, newAdminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withHostAccounts(List<HostAccount> accounts) {
        return new Profile(schemaVersion, server, domain, adminEmail, accounts, certificates, logging, meetingSize, organisation,
                language, options, packageSources, upkeep, bridges);
    }

    public Profile withServer(Server newServer) {
        return new Profile(schemaVersion, newServer, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withPackageSources(PackageSources sources) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, sources, upkeep, bridges);
    }

    public Profile withCertificates(Certificates newCertificates) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, newCertificates, logging, meetingSize,
                organisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withLogging(Logging newLogging) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, newLogging, meetingSize,
                organisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withMeetingSize(MeetingSize newSize) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, newSize, organisation,
                language, options, packageSources, upkeep, bridges);
    }

    public Profile withOrganisation(Organisation newOrganisation) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                newOrganisation, language, options, packageSources, upkeep, bridges);
    }

    public Profile withLanguage(String newLanguage) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, newLanguage, options, packageSources, upkeep, bridges);
    }

    public Profile withUpkeep(Upkeep newUpkeep) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, packageSources, newUpkeep, bridges);
    }

    public Profile withOptions(Options newOptions) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, newOptions, packageSources, upkeep, bridges);
    }

    public Profile withBridges(List<Bridge> newBridges) {
        return new Profile(schemaVersion, server, domain, adminEmail, hostAccounts, certificates, logging, meetingSize,
                organisation, language, options, packageSources, upkeep, newBridges);
    }

    /**
     * An extra videobridge server: media of some meetings flow through it instead of the main server. Its name is
     * the bridge's id (its account {@code jvb-<name>}, its WebSocket path); address, port and user as for the main server.
     */
    public record Bridge(String name, String host, int port, String user) {
    }

    /** The SSH address of the server: no password, no key, those are asked for at each run. */
    public record Server(String host, int port, String user) {
    }

    /** A person who may open meetings; guests need no account. */
    public record HostAccount(String username) {
    }

    public record Certificates(CertificateMode mode, String acmeDirectory, String certificateFile, String keyFile) {
        public static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";
        public static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

        /** Two ACME directory addresses name the same service when they differ only in case and a trailing slash. */
        public static boolean sameDirectory(String a, String b) {
            return a.strip().replaceAll("/+$", "").equalsIgnoreCase(b.strip().replaceAll("/+$", ""));
        }
    }

    public enum CertificateMode { LETS_ENCRYPT, OWN_FILES, SELF_SIGNED }

    /** How long logs are kept, in days (0: no access logs at all), and what the web server's access log holds. */
    public record Logging(int retentionDays, AccessLog accessLog) {
    }

    public enum AccessLog { OFF, ANONYMISED }

    /** The largest meeting expected; it sets the tuning and the server requirements. */
    public enum MeetingSize { UP_TO_10, UP_TO_25, UP_TO_50, UP_TO_100, MORE_THAN_100 }

    /**
     * Who runs the service, for the privacy notice and the record of processing.
     *
     * @param dataProtection the GDPR facts only the deployer knows (schema 2); null until they are answered
     */
    public record Organisation(String name, String address, String contactEmail, String dataProtectionOfficer,
                               DataProtection dataProtection) {
        public Organisation(String name, String address, String contactEmail, String dataProtectionOfficer) {
            this(name, address, contactEmail, dataProtectionOfficer, null);
        }

        public Organisation withDataProtection(DataProtection facts) {
            return new Organisation(name, address, contactEmail, dataProtectionOfficer, facts);
        }
    }

    /**
     * @param peerToPeer meetings of two may connect directly (their addresses are then visible to each other)
     * @param desktopXmppClients open port 5222 so hosts can change their password with an XMPP app
     * @param firewall let OwnMeet manage ufw
     * @param localRecording participants may record a meeting on their own device; everyone is told when one does (schema 2)
     */
    public record Options(boolean peerToPeer, boolean desktopXmppClients, boolean firewall, boolean localRecording) {
        public Options(boolean peerToPeer, boolean desktopXmppClients, boolean firewall) {
            this(peerToPeer, desktopXmppClients, firewall, false);
        }
    }

    /** Where the Jitsi packages come from; the real repository unless a test or mirror says otherwise. */
    public record PackageSources(String jitsiRepository, String jitsiSuite, String jitsiKeyUrl) {
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
    public record Upkeep(boolean automaticReboot, String rebootTime, boolean keyLoginsOnly) {
        public static final Upkeep DEFAULTS = new Upkeep(false, "04:00", false);
    }
}
