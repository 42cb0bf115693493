package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ownmeet.installers.accounts.ProsodyAccounts;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * On the main server: an XMPP account for each extra videobridge, {@code jvb-<name>@auth.<domain>}, whose
 * password is the one in that bridge's jvb.conf ({@link BridgePasswords} decides it before the plan). Prosody
 * keeps only its SCRAM keys, so a password is compared without a login ({@link ProsodyScram}) and set again
 * (on stdin) where it differs. The account of a bridge taken off the list is deleted only once confirmed.
 */
public final class BridgeAccountsInstaller implements Installer {
    static final String PROBE = "bridge-accounts";
    private static final String MARK = "OWNMEET-ACCOUNT ";
    private final Map<String, Secret> passwords;

    /** @param passwords each bridge's password by its name, as {@link BridgePasswords#decide} gave them */
    public BridgeAccountsInstaller(Map<String, Secret> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    @Override
    public String id() {
        return "bridge-accounts";
    }

    @Override
    public String title() {
        return "Accounts of the videobridge servers";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(), List.of(probe(profile.domain())));
    }

    static Probe probe(String domain) {
        return new Probe(PROBE, ScriptResource.of(BridgeAccountsInstaller.class, "bridge-accounts.sh")
                .with("DIRECTORY", BridgeNames.accountsDirectory(domain))
                .with("PREFIX", ProsodyAccounts.encode(BridgeNames.ACCOUNT_PREFIX)).with("MARK", MARK).text());
    }

    /** The bridge accounts on the main server, by bridge name, with their files' text. */
    static Map<String, String> accounts(String probeAnswer) {
        Map<String, String> accounts = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : (probeAnswer + "\n" + MARK + "end.dat").split("\n", -1)) {
            if (line.startsWith(MARK)) {
                if (name != null) {
                    accounts.put(name, text.toString());
                }
                String file = line.substring(MARK.length()).strip();
                String account = ProsodyAccounts.decode(file.substring(0, file.length() - ".dat".length()));
                name = account.startsWith(BridgeNames.ACCOUNT_PREFIX) ? account.substring(BridgeNames.ACCOUNT_PREFIX.length()) : null;
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        return accounts;
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        Map<String, String> existing = accounts(state.probe(PROBE));
        List<Change> changes = new ArrayList<>();
        for (Bridge bridge : profile.bridges()) {
            Secret password = passwords.get(bridge.name());
            String file = existing.get(bridge.name());
            if (password == null) {
                throw new IllegalStateException("no password decided for the videobridge " + bridge.name());
            }
            if (file == null || !ProsodyScram.matches(file, password)) {
                changes.add(new SetBridgeAccount(bridge, profile.domain(), password, file != null));
            }
        }
        Set<String> wanted = Set.copyOf(profile.bridges().stream().map(Bridge::name).toList());
        for (String name : existing.keySet()) {
            if (!wanted.contains(name) && options.confirmedRemovals().contains(BridgeNames.ACCOUNT_PREFIX + name)) {
                changes.add(new RemoveBridgeAccount(name, profile.domain()));
            }
        }
        return changes;
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        Set<String> wanted = Set.copyOf(profile.bridges().stream().map(Bridge::name).toList());
        return accounts(state.probe(PROBE)).keySet().stream().filter(name -> !wanted.contains(name))
                .map(name -> Notice.of("bridge.not-in-profile", "The videobridge " + name + " is no longer in the profile;"
                        + " its account stays on the server until you confirm its removal.", name)).toList();
    }
}
