package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ufw's user rules file, as ufw 0.36 on Debian 12 wrote it for the commands in the comments. */
class UfwRuleTest {
    static final String RULES = """
            *filter
            :ufw-user-input - [0:0]
            ### RULES ###

            ### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in comment=4f776e4d65657420535348
            -A ufw-user-input -p tcp --dport 22 -j ACCEPT

            ### tuple ### allow any 80 0.0.0.0/0 any 0.0.0.0/0 in
            ### tuple ### limit tcp 2222 0.0.0.0/0 any 0.0.0.0/0 in
            ### tuple ### allow udp 60000:61000 0.0.0.0/0 any 0.0.0.0/0 in
            ### tuple ### allow tcp 8080 0.0.0.0/0 any 0.0.0.0/0 in_eth0
            ### tuple ### allow any 9000 0.0.0.0/0 any 10.0.0.0/8 in
            ### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 OpenSSH - in
            ### tuple ### deny tcp 5349 0.0.0.0/0 any 0.0.0.0/0 in
            ### tuple ### allow tcp 5222 0.0.0.0/0 any 0.0.0.0/0 in comment=4f776e4d65657420584d50502061707073
            ### tuple ### allow tcp 1 2 3
            ### END RULES ###
            """;

    @Test
    void readsEveryTupleAndSkipsAMalformedOne() {
        List<UfwRule> rules = UfwRule.parseAll(RULES);
        assertEquals(9, rules.size());
        assertEquals(new UfwRule("allow", "tcp", "22", "0.0.0.0/0", "any", "0.0.0.0/0", "-", "-", "in", "OwnMeet SSH"), rules.get(0));
        assertEquals("OwnMeet XMPP apps", rules.get(8).comment());
        assertEquals("OpenSSH", rules.get(6).application());
        assertEquals(List.of(), UfwRule.parseAll(null));
    }

    @Test
    void tellsOwnMeetsRulesByTheirComment() {
        List<UfwRule> rules = UfwRule.parseAll(RULES);
        assertEquals(List.of("22/tcp", "5222/tcp"), rules.stream().filter(UfwRule::isOwnMeets).map(UfwRule::spec).toList());
    }

    @Test
    void aPortIsOpenThroughAnyRuleThatLetsAnyoneIn() {
        List<UfwRule> rules = UfwRule.parseAll(RULES);
        assertTrue(rules.get(1).opens(new FirewallRule(80, "tcp", "HTTP")), "any protocol");
        assertTrue(rules.get(2).opens(new FirewallRule(2222, "tcp", "SSH")), "rate-limited");
        assertTrue(rules.get(3).opens(new FirewallRule(60500, "udp", "media")), "in a range");
        assertFalse(rules.get(3).opens(new FirewallRule(60500, "tcp", "media")), "another protocol");
        assertFalse(rules.get(4).opens(new FirewallRule(8080, "tcp", "web")), "one interface only");
        assertFalse(rules.get(5).opens(new FirewallRule(9000, "tcp", "web")), "from some addresses only");
        assertTrue(rules.get(6).opens(new FirewallRule(22, "tcp", "SSH")), "an application's ports");
        assertFalse(rules.get(7).opens(new FirewallRule(5349, "tcp", "TURN over TLS")), "a deny rule");
        assertTrue(rules.get(7).blocks(new FirewallRule(5349, "tcp", "TURN over TLS")));
        assertFalse(rules.get(0).blocks(new FirewallRule(22, "tcp", "SSH")));
    }

    @Test
    void onlySimpleRulesAreOwnMeetsToRemove() {
        List<UfwRule> rules = UfwRule.parseAll(RULES);
        assertTrue(rules.get(0).isSimple());
        assertFalse(rules.get(1).isSimple(), "any protocol");
        assertFalse(rules.get(2).isSimple(), "limit");
        assertFalse(rules.get(3).isSimple(), "a range");
        assertFalse(rules.get(6).isSimple(), "an application");
    }

    @Test
    void aCommentThatIsNotHexIsKeptAsWritten() {
        assertEquals("not-hex", UfwRule.parseAll("### tuple ### allow tcp 1 0.0.0.0/0 any 0.0.0.0/0 in comment=not-hex\n")
                .get(0).comment());
    }
}
