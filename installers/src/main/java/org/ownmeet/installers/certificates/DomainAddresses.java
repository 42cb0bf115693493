package org.ownmeet.installers.certificates;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.ShellQuote;

/**
 * Where the meeting domain points, asked on the server of DNS alone ({@code getent -s dns}): the
 * resolver the server uses is on the Internet side, as the certificate authority's is, while this
 * computer may sit behind a school's own DNS; and {@code /etc/hosts}, where Jitsi's guide has one add
 * the domain, is left out, because Let's Encrypt never sees it. IPv4 comes from {@code ahostsv4};
 * IPv6 from {@code hosts} (gethostbyname2), because {@code ahosts} leaves out AAAA records on a
 * server without IPv6, and Let's Encrypt tries an AAAA record first.
 */
record DomainAddresses(List<String> addresses, String answer) {
    static final String PROBE_ID = "domain-addresses";

    DomainAddresses {
        addresses = List.copyOf(addresses);
    }

    static Probe probe(String domain) {
        String name = ShellQuote.quote(domain);
        return new Probe(PROBE_ID, "getent -s dns ahostsv4 " + name + " || true; getent -s dns hosts " + name + " || true");
    }

    /** The addresses in getent's answer (each once; IPv4 written as IPv6 left out), and the answer itself for details. */
    static DomainAddresses parse(String answer) {
        List<String> addresses = new ArrayList<>();
        for (String line : answer.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            String address = fields[0];
            boolean looksLikeAddress = address.matches("[0-9.]+") || address.matches("[0-9a-fA-F:]+") && address.contains(":");
            if (looksLikeAddress && !address.toLowerCase().startsWith("::ffff:") && !addresses.contains(address)) {
                addresses.add(address);
            }
        }
        return new DomainAddresses(addresses, answer.strip());
    }

    boolean isEmpty() {
        return addresses.isEmpty();
    }
}
