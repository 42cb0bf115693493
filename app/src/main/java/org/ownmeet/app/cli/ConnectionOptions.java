package org.ownmeet.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** How to reach and log in to the server; the address comes from the profile unless given here. */
final class ConnectionOptions {
    @Option(names = "--host", description = "The server's address (default: the profile's).")
    String host;

    @Option(names = "--port", description = "The SSH port (default: the profile's).")
    Integer port;

    @Option(names = "--user", description = "The user to log in as (default: the profile's).")
    String user;

    @Option(names = "--key", paramLabel = "FILE", description = "Log in with this private key instead of a password.")
    Path key;

    @Option(names = "--agent", description = "Log in with the keys of the running ssh-agent.")
    boolean agent;

    @Option(names = "--password-env", paramLabel = "VARIABLE",
            description = "Read the login password from this environment variable instead of asking.")
    String passwordVariable;

    @Option(names = "--passphrase-env", paramLabel = "VARIABLE",
            description = "Read the key's passphrase from this environment variable instead of asking.")
    String passphraseVariable;

    @Option(names = "--sudo-password-env", paramLabel = "VARIABLE",
            description = "Read the sudo password from this environment variable (default: the login password).")
    String sudoPasswordVariable;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "OwnMeet's known hosts file (default: ~/.config/ownmeet/known_hosts).")
    Path knownHosts;

    @Option(names = "--accept-host-key", paramLabel = "SHA256:...",
            description = "Trust the server's key on first contact if its fingerprint is exactly this (check it with your provider).")
    String acceptedFingerprint;

    @Option(names = "--accept-bridge-key", paramLabel = "NAME=SHA256:...",
            description = "Trust this fingerprint for the videobridge server NAME of the profile on first contact (repeat for several).")
    Map<String, String> acceptedBridgeKeys = new LinkedHashMap<>();
}
