package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FirewallProbeTest {

    @Test
    void readsWhatTheProbePrints() {
        assertEquals(new FirewallProbe(true, true, true, false, Optional.of(22)), FirewallProbe.parse("""
                package installed
                running yes
                undo-pending no
                ssh-connection 10.203.0.1 51234 10.203.0.11 22
                """));
    }

    @Test
    void aServerWithoutUfwAndALoginWithoutItsConnection() {
        assertEquals(new FirewallProbe(false, false, false, false, Optional.empty()), FirewallProbe.parse("""
                package not-installed
                running no
                """));
        assertEquals(new FirewallProbe(false, false, false, false, Optional.empty()), FirewallProbe.parse("package config-files\n"));
    }

    @Test
    void anIpv6ConnectionAndGarbledPorts() {
        assertEquals(Optional.of(2222), FirewallProbe.parse("ssh-connection 2001:db8::1 50000 2001:db8::2 2222\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1 50000 10.0.0.2 ssh\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1 50000 10.0.0.2 70000\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1\n").connectionPort());
    }
}
