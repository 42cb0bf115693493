package org.ownmeet.installers.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The path of every field of a {@link Profile} as it appears in the JSON file and in validation
 * problems, and what each one is, in plain words, for messages such as "The profile lacks the domain
 * name (field "domain")".
 */
public final class ProfileFields {
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String SERVER = "server";
    public static final String SERVER_HOST = "server.host";
    public static final String SERVER_PORT = "server.port";
    public static final String SERVER_USER = "server.user";
    public static final String DOMAIN = "domain";
    public static final String ADMIN_EMAIL = "adminEmail";
    public static final String HOST_ACCOUNTS = "hostAccounts";
    public static final String CERTIFICATES = "certificates";
    public static final String CERTIFICATE_MODE = "certificates.mode";
    public static final String ACME_DIRECTORY = "certificates.acmeDirectory";
    public static final String CERTIFICATE_FILE = "certificates.certificateFile";
    public static final String KEY_FILE = "certificates.keyFile";
    public static final String LOGGING = "logging";
    public static final String RETENTION_DAYS = "logging.retentionDays";
    public static final String ACCESS_LOG = "logging.accessLog";
    public static final String MEETING_SIZE = "meetingSize";
    public static final String ORGANISATION = "organisation";
    public static final String ORGANISATION_NAME = "organisation.name";
    public static final String ORGANISATION_ADDRESS = "organisation.address";
    public static final String ORGANISATION_CONTACT = "organisation.contactEmail";
    public static final String ORGANISATION_DPO = "organisation.dataProtectionOfficer";
    public static final String LANGUAGE = "language";
    public static final String OPTIONS = "options";
    public static final String PACKAGE_SOURCES = "packageSources";
    public static final String JITSI_REPOSITORY = "packageSources.jitsiRepository";
    public static final String JITSI_SUITE = "packageSources.jitsiSuite";
    public static final String JITSI_KEY_URL = "packageSources.jitsiKeyUrl";
    public static final String UPKEEP = "upkeep";
    public static final String AUTOMATIC_REBOOT = "upkeep.automaticReboot";
    public static final String REBOOT_TIME = "upkeep.rebootTime";
    public static final String KEY_LOGINS_ONLY = "upkeep.keyLoginsOnly";
    // the GDPR facts of the documents (schema 2)
    public static final String LOCAL_RECORDING = "options.localRecording";
    /** Added to schema 2 later: a file without it reads as off ({@link SchemaMigration}). */
    public static final String EXCLUDE_FIREFOX = "options.excludeFirefox";
    public static final String DATA_PROTECTION = "organisation.dataProtection";
    public static final String CONTROLLER_TYPE = DATA_PROTECTION + ".controllerType";
    public static final String MEETINGS_BASIS = DATA_PROTECTION + ".meetingsBasis";
    public static final String SECURITY_BASIS = DATA_PROTECTION + ".securityBasis";
    public static final String ACCOUNTS_BASIS = DATA_PROTECTION + ".accountsBasis";
    public static final String LEGAL_PROVISION = DATA_PROTECTION + ".legalProvision";
    public static final String PARTICIPATION_OBLIGATORY = DATA_PROTECTION + ".participationObligatory";
    public static final String OFFICER_EMAIL = DATA_PROTECTION + ".officerEmail";
    public static final String AUTHORITY = DATA_PROTECTION + ".supervisoryAuthority";
    public static final String AUTHORITY_NAME = AUTHORITY + ".name";
    public static final String AUTHORITY_ADDRESS = AUTHORITY + ".address";
    public static final String HOSTING = DATA_PROTECTION + ".hosting";
    public static final String HOSTING_PROVIDER = HOSTING + ".provider";
    public static final String HOSTING_ADDRESS = HOSTING + ".address";
    public static final String HOSTING_COUNTRY = HOSTING + ".country";
    public static final String TRANSFER = DATA_PROTECTION + ".transfer";
    public static final String TRANSFER_COUNTRY = TRANSFER + ".country";
    public static final String TRANSFER_SAFEGUARD = TRANSFER + ".safeguard";
    public static final String PARTICIPANTS = DATA_PROTECTION + ".participants";

    // the extra videobridge servers
    public static final String BRIDGES = "bridges";

    private static final Map<String, String> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put(SCHEMA_VERSION, "the profile version");
        PLAIN.put(SERVER, "the server's details");
        PLAIN.put(SERVER_HOST, "the server address");
        PLAIN.put(SERVER_PORT, "the SSH port");
        PLAIN.put(SERVER_USER, "the user name on the server");
        PLAIN.put(DOMAIN, "the domain name");
        PLAIN.put(ADMIN_EMAIL, "the administrator's e-mail address");
        PLAIN.put(HOST_ACCOUNTS, "the list of host accounts");
        PLAIN.put(HOST_ACCOUNTS + ".username", "a host's user name");
        PLAIN.put(CERTIFICATES, "the certificate settings");
        PLAIN.put(CERTIFICATE_MODE, "the kind of certificate");
        PLAIN.put(ACME_DIRECTORY, "the address of the certificate service");
        PLAIN.put(CERTIFICATE_FILE, "the certificate file");
        PLAIN.put(KEY_FILE, "the key file");
        PLAIN.put(LOGGING, "the log settings");
        PLAIN.put(RETENTION_DAYS, "how many days logs are kept");
        PLAIN.put(ACCESS_LOG, "the access log setting");
        PLAIN.put(MEETING_SIZE, "the meeting size");
        PLAIN.put(ORGANISATION, "the organisation's details");
        PLAIN.put(ORGANISATION_NAME, "the organisation's name");
        PLAIN.put(ORGANISATION_ADDRESS, "the organisation's address");
        PLAIN.put(ORGANISATION_CONTACT, "the organisation's contact e-mail");
        PLAIN.put(ORGANISATION_DPO, "the data protection officer");
        PLAIN.put(LANGUAGE, "the language");
        PLAIN.put(OPTIONS, "the options");
        PLAIN.put(OPTIONS + ".peerToPeer", "the direct-connection option");
        PLAIN.put(OPTIONS + ".desktopXmppClients", "the chat-app option");
        PLAIN.put(OPTIONS + ".firewall", "the firewall option");
        PLAIN.put(PACKAGE_SOURCES, "the package sources");
        PLAIN.put(JITSI_REPOSITORY, "the Jitsi package address");
        PLAIN.put(JITSI_SUITE, "the Jitsi package suite");
        PLAIN.put(JITSI_KEY_URL, "the address of the Jitsi signing key");
        PLAIN.put(UPKEEP, "the upkeep settings");
        PLAIN.put(AUTOMATIC_REBOOT, "the automatic restart option");
        PLAIN.put(REBOOT_TIME, "the time of the automatic restart");
        PLAIN.put(KEY_LOGINS_ONLY, "the option to allow SSH logins with a key only");
        PLAIN.put(LOCAL_RECORDING, "the local recording option");
        PLAIN.put(EXCLUDE_FIREFOX, "the option to keep Firefox out of meetings");
        PLAIN.put(DATA_PROTECTION, "the data protection facts");
        PLAIN.put(CONTROLLER_TYPE, "the kind of organisation");
        PLAIN.put(MEETINGS_BASIS, "the legal basis of the meetings");
        PLAIN.put(SECURITY_BASIS, "the legal basis of the security logs");
        PLAIN.put(ACCOUNTS_BASIS, "the legal basis of the host accounts");
        PLAIN.put(LEGAL_PROVISION, "the law behind the public task");
        PLAIN.put(PARTICIPATION_OBLIGATORY, "whether taking part is obligatory");
        PLAIN.put(OFFICER_EMAIL, "the data protection officer's e-mail");
        PLAIN.put(AUTHORITY, "the supervisory authority");
        PLAIN.put(AUTHORITY_NAME, "the supervisory authority's name");
        PLAIN.put(AUTHORITY_ADDRESS, "the supervisory authority's address");
        PLAIN.put(HOSTING, "where the server stands");
        PLAIN.put(HOSTING + ".ownPremises", "whether the server stands on your own premises");
        PLAIN.put(HOSTING_PROVIDER, "the hosting provider");
        PLAIN.put(HOSTING_ADDRESS, "the hosting provider's address");
        PLAIN.put(HOSTING_COUNTRY, "the country of the data centre");
        PLAIN.put(HOSTING + ".processingContract", "whether a processing contract is in place");
        PLAIN.put(TRANSFER, "the transfer outside the EU");
        PLAIN.put(TRANSFER_COUNTRY, "the country data go to");
        PLAIN.put(TRANSFER_SAFEGUARD, "the safeguard of the transfer");
        PLAIN.put(PARTICIPANTS, "who takes part");
        PLAIN.put(BRIDGES, "the list of videobridge servers");
        PLAIN.put(BRIDGES + ".name", "a videobridge server's name");
        PLAIN.put(BRIDGES + ".host", "a videobridge server's address");
        PLAIN.put(BRIDGES + ".port", "a videobridge server's SSH port");
        PLAIN.put(BRIDGES + ".user", "the user name on a videobridge server");
    }

    private ProfileFields() {
    }

    public static String hostAccount(int index) {
        return HOST_ACCOUNTS + "[" + index + "].username";
    }

    /** The path of a field of the videobridge server at {@code index}: {@code bridges[1].host}. */
    public static String bridge(int index, String field) {
        return BRIDGES + "[" + index + "]." + field;
    }

    /** What the field at this path is, in plain words; list indexes do not matter ("hostAccounts[2].username"). */
    public static String describe(String path) {
        String plain = PLAIN.get(path.replaceAll("\\[\\d+]", ""));
        return plain != null ? plain : "a value";
    }

    /** Every field's path without list indexes ("hostAccounts.username"), in the profile's order. */
    public static Set<String> paths() {
        return Collections.unmodifiableSet(PLAIN.keySet());
    }

    static boolean isKnown(String path) {
        return PLAIN.containsKey(path.replaceAll("\\[\\d+]", ""));
    }
}
