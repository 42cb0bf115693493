package org.ownmeet.steps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsVerdictTest {

    @Test
    void theRecordIsNamedAsProvidersAskForIt() {
        assertEquals("meet", DnsVerdict.recordName("meet.schule-am-see.de"));
        assertEquals("meet.school", DnsVerdict.recordName("meet.school.example.co.uk"));
        assertEquals("@", DnsVerdict.recordName("schule-am-see.de"));
        assertEquals("meet.school.lan", DnsVerdict.recordName("meet.school.lan"));
    }

    @Test
    void addressesAreComparedAsAddressesNotAsText() throws Exception {
        DnsVerdict verdict = DnsVerdict.compare("meet.schule-am-see.de", List.of(InetAddress.getByName("2001:db8::10")),
                List.of("2001:DB8:0:0:0:0:0:10/64", "203.0.113.10"));
        assertEquals(DnsState.POINTS_HERE, verdict.state());
        assertEquals(List.of("2001:db8::10", "203.0.113.10"), verdict.server());
    }
}
