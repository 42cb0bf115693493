package org.ownmeet.installers.firewall;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One rule as ufw keeps it in {@code /etc/ufw/user.rules} (IPv4) or {@code user6.rules} (IPv6): a
 * {@code ### tuple ###} line, the form ufw itself reads back. The tuple is
 * {@code action protocol dport dst sport src [dapp sapp] direction[_interface]}, then an optional
 * {@code comment=<hex of the UTF-8 text>}.
 */
public record UfwRule(String action, String protocol, String ports, String destination, String sourcePort, String source,
               String application, String sourceApplication, String direction, String comment) {
    private static final String TUPLE = "### tuple ###";

    /** Every rule in a user rules file; lines ufw would skip as malformed are skipped too. */
    public static List<UfwRule> parseAll(String rulesFile) {
        List<UfwRule> rules = new ArrayList<>();
        if (rulesFile == null) {
            return rules;
        }
        for (String line : rulesFile.split("\n")) {
            if (line.startsWith(TUPLE)) {
                UfwRule rule = parse(line.substring(TUPLE.length()));
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    private static UfwRule parse(String tuple) {
        String comment = "";
        int at = tuple.indexOf(" comment=");
        if (at >= 0) {
            comment = decode(tuple.substring(at + " comment=".length()).strip());
            tuple = tuple.substring(0, at);
        }
        String[] f = tuple.strip().split("\\s+");
        if (f.length != 7 && f.length != 9) {
            return null;
        }
        return new UfwRule(f[0], f[1], f[2], f[3], f[4], f[5], f.length == 9 ? f[6] : "-", f.length == 9 ? f[7] : "-",
                f[f.length - 1], comment);
    }

    private static String decode(String hex) {
        try {
            return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return hex;
        }
    }

    /** Marked as OwnMeet's by its comment; every other rule belongs to the admin and is never touched. */
    boolean isOwnMeets() {
        return comment.startsWith(FirewallRule.COMMENT_PREFIX);
    }

    /**
     * Lets anyone reach {@code rule}'s port: an incoming allow (or rate-limited allow) rule on every
     * interface, from and to any address, whose protocol and ports include the rule's.
     */
    boolean opens(FirewallRule rule) {
        String verb = action.split("_")[0];
        return (verb.equals("allow") || verb.equals("limit")) && isForAnyone()
                && (protocol.equals(rule.protocol()) || protocol.equals("any")) && covers(rule.port());
    }

    /** A deny or reject rule for anyone that takes in {@code rule}'s port: ufw goes by the first match, so it may win. */
    boolean blocks(FirewallRule rule) {
        String verb = action.split("_")[0];
        return (verb.equals("deny") || verb.equals("reject")) && isForAnyone()
                && (protocol.equals(rule.protocol()) || protocol.equals("any")) && covers(rule.port());
    }

    /** One of OwnMeet's own kind: one port, one protocol, open to anyone; the only kind OwnMeet removes. */
    boolean isSimple() {
        return isForAnyone() && action.equals("allow") && application.equals("-") && ports.matches("\\d+")
                && (protocol.equals("tcp") || protocol.equals("udp"));
    }

    String spec() {
        return ports + "/" + protocol;
    }

    /** Incoming on every interface from and to any address and source port; an application rule's ports are in the tuple. */
    private boolean isForAnyone() {
        return direction.equals("in") && sourceApplication.equals("-") && isAnyAddress(source) && isAnyAddress(destination)
                && sourcePort.equals("any");
    }

    private boolean covers(int port) {
        for (String part : ports.split(",")) {
            String[] range = part.split(":");
            try {
                int low = Integer.parseInt(range[0]);
                int high = range.length > 1 ? Integer.parseInt(range[1]) : low;
                if (port >= low && port <= high) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // "any" is not a port: such a rule is for every port of its protocol
                if (part.equals("any")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAnyAddress(String address) {
        return address.equals("0.0.0.0/0") || address.equals("::/0") || address.equals("any");
    }
}
