package org.ownmeet.installers.bridges;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.firewall.UfwRule;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * On the main server with OwnMeet's firewall: Prosody's client port (5222/tcp) open to each videobridge
 * server's addresses and to nobody else (unless desktop XMPP apps are allowed), one ufw rule per address,
 * marked {@code OwnMeet videobridge <name>}. A bridge's name is looked up on the main server, as Prosody sees
 * its connection come in. The rules of a bridge taken off the list go with its confirmed removal.
 */
public final class BridgeFirewallInstaller implements Installer {
    static final String COMMENT = "OwnMeet videobridge ";
    private static final String RULES4 = "/etc/ufw/user.rules";
    private static final String RULES6 = "/etc/ufw/user6.rules";
    private static final String PROBE = "bridge-addresses";

    @Override
    public String id() {
        return "bridge-firewall";
    }

    @Override
    public String title() {
        return "Let the videobridge servers reach Prosody";
    }

    @Override
    public StateRequest needs(Profile profile) {
        String lookups = ScriptResource.of(BridgeFirewallInstaller.class, "bridge-addresses.sh")
                .withList("NAMES", profile.bridges().stream().map(Bridge::name).toList())
                .withList("HOSTS", profile.bridges().stream().map(Bridge::host).toList()).text();
        return StateRequest.of(List.of(RULES4, RULES6), List.of(new Probe(PROBE, lookups)));
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        if (!profile.options().firewall()) {
            return List.of();
        }
        if (!state.file(RULES4).exists()) {
            return profile.bridges().isEmpty() ? List.of() : List.of(new PendingChange(title(), "once the firewall is set up"));
        }
        Set<BridgeAddress> wanted = wanted(state, profile);
        Set<BridgeAddress> present = present(state);
        Set<String> kept = new LinkedHashSet<>(profile.bridges().stream().map(Bridge::name).toList());
        List<BridgeAddress> add = wanted.stream().filter(a -> !present.contains(a)).toList();
        List<BridgeAddress> remove = present.stream().filter(a -> !wanted.contains(a) && (kept.contains(a.name())
                || options.confirmedRemovals().contains(BridgeNames.ACCOUNT_PREFIX + a.name()))).toList();
        return add.isEmpty() && remove.isEmpty() ? List.of() : List.of(new OpenXmppToBridges(add, remove));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        if (profile.bridges().isEmpty() || profile.options().firewall()) {
            return List.of();
        }
        return List.of(Notice.of("bridge.firewall-by-hand", "OwnMeet does not look after this server's firewall: let the"
                + " videobridge servers reach its port 5222/tcp yourself, and nobody else."));
    }

    /** A bridge's address as the main server resolves it; an address literal stands for itself. */
    record BridgeAddress(String name, String address) {
    }

    private static Set<BridgeAddress> wanted(ServerState state, Profile profile) {
        Set<BridgeAddress> wanted = new LinkedHashSet<>();
        for (String line : state.probe(PROBE).split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 2) {
                wanted.add(new BridgeAddress(f[0], f[1]));
            }
        }
        return wanted;
    }

    private static Set<BridgeAddress> present(ServerState state) {
        Set<BridgeAddress> present = new LinkedHashSet<>();
        for (String file : List.of(RULES4, RULES6)) {
            if (!state.file(file).exists()) {
                continue;
            }
            for (UfwRule rule : UfwRule.parseAll(state.file(file).text())) {
                if (rule.comment().startsWith(COMMENT) && rule.ports().equals("5222") && rule.protocol().equals("tcp")) {
                    present.add(new BridgeAddress(rule.comment().substring(COMMENT.length()), rule.source()));
                }
            }
        }
        return present;
    }
}
