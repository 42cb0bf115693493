package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServerFactsTest {

    @Test
    void readsWhatTheProbePrints() {
        ServerFacts facts = ServerFacts.parse("""
                cores 4
                memory-kb 8148532
                address 203.0.113.7
                address 2001:db8::7
                address 203.0.113.7
                ssh-port 22
                ssh-port 22
                ssh-port 2222
                """);
        assertEquals(4, facts.cores());
        assertEquals(7957, facts.memoryMegabytes());
        assertEquals(List.of("203.0.113.7", "2001:db8::7"), facts.addresses());
        assertEquals(Set.of(22, 2222), facts.sshPorts());
    }

    @Test
    void aGarbledLineIsLeftOut() {
        ServerFacts facts = ServerFacts.parse("cores four\nmemory-kb\nssh-port 22\n");
        assertEquals(0, facts.cores());
        assertEquals(Set.of(22), facts.sshPorts());
    }
}
