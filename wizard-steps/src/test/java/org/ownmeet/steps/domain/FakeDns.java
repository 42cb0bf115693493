package org.ownmeet.steps.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.session.Preflight;

/** Answers a test gives in place of DNS, and a server's preflight with its addresses. */
final class FakeDns implements DomainLookup {
    static final String SERVER_V4 = "203.0.113.10";
    static final String SERVER_V6 = "2001:db8::10";
    static final String ELSEWHERE = "198.51.100.7";

    private final Map<String, List<InetAddress>> answers = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    FakeDns points(String domain, String... addresses) {
        List<InetAddress> parsed = new ArrayList<>();
        for (String address : addresses) {
            try {
                parsed.add(InetAddress.getByName(address)); // a literal: no look-up
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }
        answers.put(domain, parsed);
        return this;
    }

    @Override
    public List<InetAddress> addressesOf(String asciiDomain) throws UnknownHostException {
        asked.add(asciiDomain);
        List<InetAddress> found = answers.get(asciiDomain);
        if (found == null) {
            throw new UnknownHostException(asciiDomain);
        }
        return found;
    }

    static Preflight server(String... addresses) {
        return new Preflight("Debian GNU/Linux 12 (bookworm)", true, null, 4, 8192, 40_000, List.of(addresses), false, false, null);
    }
}
