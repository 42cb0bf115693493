package org.ownmeet.installers.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** The parts of the bridges that need no server: SCRAM keys, the bridge's jvb.conf and its password, the accounts listing. */
class BridgePiecesTest {
    private static final Bridge BRIDGE = new Bridge("bridge2", "203.0.113.6", 22, "debian");
    /** As Prosody's internal_hashed writes it; the stored key worked out apart (Python's hashlib) for the password below. */
    private static final String ACCOUNT = """
            return {
            \t["iteration_count"] = 10000;
            \t["salt"] = "5e2bd3c8-7f41-4c9a-9a57-0d3b0f4c1e27";
            \t["server_key"] = "0000000000000000000000000000000000000000";
            \t["stored_key"] = "b914b6a26528b678d28458e47e3f923c380cb652";
            };
            """;

    @Test
    void aPasswordIsComparedWithTheAccountsScramKeys() {
        assertTrue(ProsodyScram.matches(ACCOUNT, Secret.of("hkq3x-7mz9p-rt4vw-2nbcd")));
        assertFalse(ProsodyScram.matches(ACCOUNT, Secret.of("hkq3x-7mz9p-rt4vw-2nbce")));
        assertFalse(ProsodyScram.matches("return { [\"password\"] = \"plain\"; };", Secret.of("plain")));
    }

    @Test
    void theBridgesJvbConfHasTheMainServersLoggingAndSizeSettings() {
        for (MeetingSize size : List.of(MeetingSize.UP_TO_10, MeetingSize.UP_TO_100)) {
            Profile profile = ProfileSamples.school().withBridges(List.of(BRIDGE)).withMeetingSize(size);
            Config conf = ConfigFactory.parseString(BridgeJvbConf.render(profile, BRIDGE, "jvbbrewery@internal.auth.example",
                    Secret.of("abcde-fghjk-mnpqr-stuvw")));
            assertTrue(conf.getBoolean("videobridge.redact-remote-addresses") && conf.getBoolean("ice4j.redact-remote-addresses"));
            assertEquals(size == MeetingSize.UP_TO_100, conf.getBoolean("videobridge.loudest.route-loudest-only"));
            assertEquals(Map.of("50", 20, "100", 10, "200", 5),
                    conf.getConfig("videobridge.load-management.conference-last-n-limits").root().unwrapped());
            assertEquals("bridge2", conf.getString("videobridge.websockets.server-id"), "the lines merge with the objects above");
        }
    }

    @Test
    void theBridgeServersPrivacyIsJudgedFromWhatItReads() {
        Profile profile = ProfileSamples.school().withBridges(List.of(BRIDGE));
        String domain = profile.domain();
        byte[] conf = BridgeJvbConf.render(profile, BRIDGE, "jvbbrewery@internal.auth.example", Secret.of("abcde-fghjk-mnpqr-stuvw"))
                .getBytes(StandardCharsets.UTF_8);
        FileSnapshot written = new FileSnapshot(BridgeJvbConf.PATH, true, conf, "640", "jvb", "jitsi");
        FileSnapshot warnings = new FileSnapshot(BridgePrivacyCheck.LOGGING, true,
                "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n".getBytes(StandardCharsets.UTF_8), "644", "root", "root");
        assertEquals(List.of(), BridgePrivacyCheck.wrong(written, warnings, domain));
        FileSnapshot chatty = new FileSnapshot(BridgePrivacyCheck.LOGGING, true, ".level=INFO\n".getBytes(StandardCharsets.UTF_8),
                "644", "root", "root");
        FileSnapshot packages = new FileSnapshot(BridgeJvbConf.PATH, true, ("videobridge { }\nice4j.harvest.mapping.stun"
                + ".addresses = [\"meet-jit-si-turnrelay.jitsi.net:443\"]\n").getBytes(StandardCharsets.UTF_8), "644", "jvb", "jitsi");
        List<String> wrong = BridgePrivacyCheck.wrong(packages, chatty, domain);
        assertEquals(5, wrong.size(), wrong.toString());
        assertTrue(wrong.get(2).contains("stun.addresses is not only the main server's"), wrong.toString());
    }

    @Test
    void theBridgesJvbConfHoldsItsSettingsAndGivesItsPasswordBack() {
        Profile profile = ProfileSamples.school().withBridges(List.of(BRIDGE));
        String text = BridgeJvbConf.render(profile, BRIDGE, "jvbbrewery@internal.auth.meet.schule-am-see.de",
                Secret.of("abcde-fghjk-mnpqr-stuvw"));
        for (String line : List.of("HOSTNAME = \"203.0.113.5\"", "DOMAIN = \"auth.meet.schule-am-see.de\"",
                "USERNAME = \"jvb-bridge2\"", "MUC_JIDS = \"jvbbrewery@internal.auth.meet.schule-am-see.de\"",
                "MUC_NICKNAME = \"bridge2\"", "server-id = \"bridge2\"", "domains = [\"meet.schule-am-see.de:443\"]",
                "harvest.mapping.stun.addresses = [\"meet.schule-am-see.de:3478\"]", "redact-remote-addresses = true")) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        FileSnapshot written = new FileSnapshot(BridgeJvbConf.PATH, true, text.getBytes(StandardCharsets.UTF_8), "640", "jvb",
                "jitsi");
        assertEquals("abcde-fghjk-mnpqr-stuvw", new String(BridgePasswords.decide(written).chars()));
        // a jvb.conf of the packages is not OwnMeet's: a new password is made
        FileSnapshot packages = new FileSnapshot(BridgeJvbConf.PATH, true,
                "videobridge {\n  PASSWORD = \"packages1\"\n}\n".getBytes(StandardCharsets.UTF_8), "644", "jvb", "jitsi");
        assertNotEquals("packages1", new String(BridgePasswords.decide(packages).chars()));
        assertEquals("\"a\\\"b\\\\c\"", BridgeJvbConf.quoted("a\"b\\c"));
    }

    @Test
    void theMainServersBridgeAccountsAreReadByBridgeName() {
        String answer = "OWNMEET-ACCOUNT jvb%2dbridge2.dat\n" + ACCOUNT + "\nOWNMEET-ACCOUNT jvb%2dbridge3.dat\nreturn {};\n";
        Map<String, String> accounts = BridgeAccountsInstaller.accounts(answer);
        assertEquals(List.of("bridge2", "bridge3"), List.copyOf(accounts.keySet()));
        assertTrue(ProsodyScram.matches(accounts.get("bridge2"), Secret.of("hkq3x-7mz9p-rt4vw-2nbcd")));
        assertEquals(Map.of(), BridgeAccountsInstaller.accounts(""));
    }
}
