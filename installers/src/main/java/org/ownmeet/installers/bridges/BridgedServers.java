package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.firewall.FirewallInstaller;
import org.ownmeet.installers.logging.LoggingInstaller;
import org.ownmeet.installers.packages.BridgePackagesInstaller;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.tuning.VideobridgeTuningInstaller;

/**
 * A main server and its extra videobridge servers, each over its own connection, planned and applied with the
 * same engine: the main server first (its installers and the bridges' accounts), then each bridge server
 * (packages, its settings, the main server's tuning, firewall and logging rules for what runs there). A bridge
 * that fails leaves the main server and the other bridges as they are done; each password is decided from what
 * the bridge server holds ({@link BridgePasswords}), so a re-run converges wherever a run stopped.
 */
public final class BridgedServers {
    private final List<Installer> mainInstallers;

    /** @param mainInstallers the main server's installers, in their order; the bridges' accounts are added after them */
    public BridgedServers(List<Installer> mainInstallers) {
        this.mainInstallers = List.copyOf(mainInstallers);
    }

    /** The changes each server would get, apart; changes nothing. */
    public GroupPlan plan(SshSession main, Map<String, SshSession> bridges, Profile profile, ApplyOptions options) {
        Profile checked = normalised(profile);
        Map<String, Secret> passwords = passwords(bridges, checked);
        Plan mainPlan = mainEngine(passwords).plan(main, checked, options);
        MainServerFacts facts = MainServerFacts.read(main, checked.domain());
        Map<String, Plan> bridgePlans = new LinkedHashMap<>();
        for (Bridge bridge : checked.bridges()) {
            bridgePlans.put(bridge.name(), bridgeEngine(bridge, passwords.get(bridge.name()), facts)
                    .plan(bridges.get(bridge.name()), checked, options));
        }
        return new GroupPlan(mainPlan, bridgePlans);
    }

    public GroupResult apply(SshSession main, Map<String, SshSession> bridges, Profile profile, ApplyOptions options,
                             EngineListener listener) {
        Profile checked = normalised(profile);
        Map<String, Secret> passwords = passwords(bridges, checked);
        ApplyResult mainResult = mainEngine(passwords).apply(main, checked, options, listener);
        MainServerFacts facts = MainServerFacts.read(main, checked.domain());
        Map<String, ApplyResult> applied = new LinkedHashMap<>();
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (Bridge bridge : checked.bridges()) {
            try {
                applied.put(bridge.name(), bridgeEngine(bridge, passwords.get(bridge.name()), facts)
                        .apply(bridges.get(bridge.name()), checked, options, listener));
            } catch (RuntimeException e) {
                // the main server and the other bridges stay as they are; a re-run gives this one the same password again
                failed.put(bridge.name(), e);
            }
        }
        return new GroupResult(mainResult, applied, failed);
    }

    /**
     * Stops the videobridge of a server taken off the list, once its removal is confirmed (its account on the main
     * server is gone, so it could not log in anyway), and asks systemd not to start it at boot; its packages and files
     * stay for the admin to remove. Only the stop is checked here.
     */
    public static void retire(SshSession bridgeServer) {
        bridgeServer.run(RemoteScript.asRoot("stop the videobridge", ScriptResource.text(BridgedServers.class,
                "stop-videobridge.sh")).quiet()).requireSuccess();
    }

    private Engine mainEngine(Map<String, Secret> passwords) {
        List<Installer> installers = new ArrayList<>(mainInstallers);
        installers.add(new BridgeAccountsInstaller(passwords));
        installers.add(new BridgeRoutesInstaller());
        installers.add(new BridgeFirewallInstaller());
        return new Engine(installers);
    }

    private static Engine bridgeEngine(Bridge bridge, Secret password, MainServerFacts facts) {
        List<Installer> installers = new ArrayList<>(List.of(new BridgePackagesInstaller()));
        if (facts.authCertificate() != null) {
            installers.add(new BridgeServerInstaller(bridge, password, facts.brewery(), facts.authCertificate()));
        }
        installers.add(new VideobridgeTuningInstaller());
        installers.add(FirewallInstaller.forVideobridge(BridgeJvbConf.WEBSOCKET_PORT));
        // last, as on the main server: the firewall's package brings a log of its own to rotate
        installers.add(LoggingInstaller.forVideobridge());
        return new Engine(installers);
    }

    private static Map<String, Secret> passwords(Map<String, SshSession> sessions, Profile profile) {
        Map<String, Secret> passwords = new LinkedHashMap<>();
        for (Bridge bridge : profile.bridges()) {
            SshSession session = sessions.get(bridge.name());
            if (session == null) {
                throw new IllegalArgumentException("no connection to the videobridge server " + bridge.name());
            }
            session.privilege();
            passwords.put(bridge.name(), BridgePasswords.decide(StateReader.read(session,
                    StateRequest.of(List.of(BridgeJvbConf.PATH), List.of())).file(BridgeJvbConf.PATH)));
        }
        return passwords;
    }

    private static Profile normalised(Profile profile) {
        ValidationResult result = ProfileValidator.validate(profile);
        return result.isValid() ? result.normalised() : profile; // the engine says what is wrong
    }

    /** Each server's changes apart: the main server's, then each bridge server's by its name. */
    public record GroupPlan(Plan main, Map<String, Plan> bridges) {
        public boolean isEmpty() {
            return main.isEmpty() && bridges.values().stream().allMatch(Plan::isEmpty);
        }
    }

    /** What each server got; a bridge that failed is in {@code failed} with its problem, the others went on. */
    public record GroupResult(ApplyResult main, Map<String, ApplyResult> bridges, Map<String, RuntimeException> failed) {
    }
}
