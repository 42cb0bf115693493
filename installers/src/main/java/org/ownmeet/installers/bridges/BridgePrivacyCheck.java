package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.ownmeet.installers.bridges.BridgeChecks.Result;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.logging.LoggingInstaller;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/**
 * The privacy of a videobridge server's own settings, read there as the videobridge reads them: its jvb.conf
 * redacts participants' addresses as the main server's does ({@link LoggingInstaller#videobridgeSettings}), finds
 * its public address only through the main server's STUN server (no third party, no cloud lookup), and its log
 * holds warnings and errors only.
 */
final class BridgePrivacyCheck {
    static final String LOGGING = "/etc/jitsi/videobridge/logging.properties";

    private BridgePrivacyCheck() {
    }

    static Result check(SshSession bridgeServer, Profile profile, Bridge bridge) {
        ServerState state = StateReader.read(bridgeServer, StateRequest.of(List.of(BridgeJvbConf.PATH, LOGGING), List.of()));
        List<String> wrong = wrong(state.file(BridgeJvbConf.PATH), state.file(LOGGING), profile.domain());
        if (wrong.isEmpty()) {
            return new Result(bridge.name(), "bridge.private", true, "The videobridge " + bridge.name() + "'s settings keep"
                    + " participants' addresses out of its log and ask no third party for its address.",
                    BridgeJvbConf.PATH + " and " + LOGGING, List.of(bridge.name()));
        }
        return new Result(bridge.name(), "bridge.not-private", false, "The videobridge " + bridge.name() + "'s settings are"
                + " not as OwnMeet keeps them for privacy: participants' addresses out of its log, its address asked of the"
                + " main server only, warnings and errors only. Apply again to set them right.", String.join("; ", wrong),
                List.of(bridge.name()));
    }

    /** What is not as OwnMeet writes it, for IT; nothing when all is. */
    static List<String> wrong(FileSnapshot jvbConf, FileSnapshot logging, String domain) {
        List<String> wrong = new ArrayList<>();
        Config conf = parsed(jvbConf);
        for (Map.Entry<String, Object> setting : LoggingInstaller.videobridgeSettings().entrySet()) {
            if (!conf.hasPath(setting.getKey()) || !conf.getValue(setting.getKey()).unwrapped().equals(setting.getValue())) {
                wrong.add(BridgeJvbConf.PATH + ": " + setting.getKey() + " is not " + setting.getValue());
            }
        }
        String stun = "ice4j.harvest.mapping.stun.addresses";
        if (!conf.hasPath(stun) || !conf.getStringList(stun).equals(List.of(domain + ":" + BridgeJvbConf.STUN_PORT))) {
            wrong.add(BridgeJvbConf.PATH + ": " + stun + " is not only the main server's");
        }
        if (!conf.hasPath("ice4j.harvest.mapping.aws.enabled") || conf.getBoolean("ice4j.harvest.mapping.aws.enabled")) {
            wrong.add(BridgeJvbConf.PATH + ": the cloud address lookup is not off");
        }
        if (!logging.exists() || !LoggingInstaller.videobridgeLogsWarningsOnly(logging.text())) {
            wrong.add(LOGGING + ": not at warnings and errors only");
        }
        return wrong;
    }

    private static Config parsed(FileSnapshot file) {
        try {
            return file.exists() ? ConfigFactory.parseString(file.text()) : ConfigFactory.empty();
        } catch (ConfigException e) {
            return ConfigFactory.empty();
        }
    }
}
