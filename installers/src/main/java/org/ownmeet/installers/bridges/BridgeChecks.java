package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Whether each videobridge works for the main server: present in the brewery room as Prosody on the main
 * server sees it, and its WebSocket answering through the main server's nginx. When it is not in the room,
 * the check says why in plain words: the bridge server cannot reach the main server's XMPP port (a
 * firewall), or the password in its jvb.conf is not its account's on the main server. Then the privacy of the bridge
 * server's own settings ({@link BridgePrivacyCheck}).
 */
public final class BridgeChecks {
    private BridgeChecks() {
    }

    /** Every code a result may have: the room's, the WebSocket path's, then the bridge server's own settings'. */
    public static final List<String> CODES = List.of("bridge.in-brewery", "bridge.blocked", "bridge.wrong-password",
            "bridge.absent", "bridge.websocket", "bridge.websocket-silent", "bridge.private", "bridge.not-private");

    /**
     * @param code      one of {@link #CODES}; the wizard's sentence is {@code check.<code>}
     * @param reason    the sentence in plain English
     * @param arguments the values the sentence names, in placeholder order: the bridge's name first
     */
    public record Result(String bridge, String code, boolean passed, String reason, String detail, List<String> arguments) {
        public Result {
            arguments = List.copyOf(arguments);
        }
    }

    public static List<Result> check(SshSession main, Map<String, SshSession> bridges, Profile profile) {
        String domain = profile.domain();
        String brewery = MainServerFacts.read(main, domain).brewery();
        String occupants = occupants(main, domain, brewery);
        List<Result> results = new ArrayList<>();
        for (Bridge bridge : profile.bridges()) {
            if (occupants.contains(brewery + "/" + bridge.name())) {
                results.add(new Result(bridge.name(), "bridge.in-brewery", true, "The videobridge " + bridge.name()
                        + " is ready: the main server sees it among its videobridges.", brewery + "/" + bridge.name(),
                        List.of(bridge.name())));
            } else {
                results.add(whyAbsent(main, bridges.get(bridge.name()), profile, bridge, brewery));
            }
            results.add(webSocket(main, domain, bridge));
            results.add(BridgePrivacyCheck.check(bridges.get(bridge.name()), profile, bridge));
        }
        return results;
    }

    /** The bridge's WebSocket path through the main server's nginx: any answer of the bridge, not nginx's own 502 to 504. */
    static Result webSocket(SshSession main, String domain, Bridge bridge) {
        String url = "https://" + domain + "/colibri-ws/" + bridge.name() + "/ownmeet-check";
        String code = main.run(RemoteScript.asUser("ask for the videobridge's WebSocket path through nginx", "curl -sk -o /dev/null"
                + " -w '%{http_code}' --max-time 10 --resolve " + ShellQuote.quote(domain + ":443:127.0.0.1") + " "
                + ShellQuote.quote(url) + " || true").quiet()).stdoutText().strip();
        boolean answered = code.matches("\\d{3}") && !code.equals("000") && !code.matches("50[234]");
        if (answered) {
            return new Result(bridge.name(), "bridge.websocket", true, "The videobridge " + bridge.name() + "'s WebSocket"
                    + " answers through the main server.", url + " gave HTTP " + code, List.of(bridge.name()));
        }
        return new Result(bridge.name(), "bridge.websocket-silent", false, "The videobridge " + bridge.name() + "'s WebSocket"
                + " does not answer through the main server: its server does not take the main server's connections on port "
                + BridgeJvbConf.WEBSOCKET_PORT + ". Check the firewalls between the two servers.", url + " gave HTTP " + code,
                List.of(bridge.name(), String.valueOf(BridgeJvbConf.WEBSOCKET_PORT)));
    }

    /** The room's occupants as Prosody on the main server lists them (full room JIDs), read as root on the server. */
    static String occupants(SshSession main, String domain, String brewery) {
        String lua = "> local r = prosody.hosts[" + luaString("internal." + BridgeNames.authDomain(domain))
                + "].modules.muc.get_room_from_jid(" + luaString(brewery) + "); local t = {}; if r then for n in "
                + "r:each_occupant() do t[#t + 1] = n end end; return 'OCCUPANTS ' .. table.concat(t, ' ')";
        return main.run(RemoteScript.asRoot("list the videobridges in the brewery", "prosodyctl shell " + ShellQuote.quote(lua)
                + " 2>&1 || true").quiet()).stdoutText();
    }

    private static Result whyAbsent(SshSession main, SshSession bridgeServer, Profile profile, Bridge bridge, String brewery) {
        String address = profile.server().host();
        boolean reaches = bridgeServer.run(RemoteScript.asUser("try the main server's XMPP port", "timeout 5 bash -c "
                + ShellQuote.quote("exec 3<>/dev/tcp/" + address + "/5222") + " && echo OPEN || echo CLOSED").quiet())
                .stdoutText().contains("OPEN");
        if (!reaches) {
            return new Result(bridge.name(), "bridge.blocked", false, "The videobridge " + bridge.name() + " cannot reach the"
                    + " main server: port 5222 of " + address + " does not answer it. Check the firewalls between the two servers.",
                    "bash /dev/tcp to " + address + ":5222 from the bridge server failed within 5 s", List.of(bridge.name(), address));
        }
        Optional<Secret> password = BridgePasswords.kept(StateReader.read(bridgeServer,
                StateRequest.of(List.of(BridgeJvbConf.PATH), List.of())).file(BridgeJvbConf.PATH));
        String account = BridgeAccountsInstaller.accounts(StateReader.read(main, StateRequest.of(List.of(),
                List.of(BridgeAccountsInstaller.probe(profile.domain())))).probe(BridgeAccountsInstaller.PROBE)).get(bridge.name());
        if (password.isEmpty() || account == null || !ProsodyScram.matches(account, password.get())) {
            return new Result(bridge.name(), "bridge.wrong-password", false, "The videobridge " + bridge.name() + " cannot log"
                    + " in to the main server: its password is not the one the main server has for it. Apply again to give"
                    + " both the same new password.", password.isEmpty() ? "no password in the bridge's jvb.conf"
                    : account == null ? "no account " + BridgeNames.account(bridge) + " on the main server"
                    : "the SCRAM keys of the account do not match the bridge's password", List.of(bridge.name()));
        }
        return new Result(bridge.name(), "bridge.absent", false, "The videobridge " + bridge.name() + " is not among the main"
                + " server's videobridges, although it can reach it and its password is right. Look at its log,"
                + " /var/log/jitsi/jvb.log on its server.", "not in " + brewery, List.of(bridge.name()));
    }

    private static String luaString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
