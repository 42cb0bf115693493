package org.ownmeet.steps.domain;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the domain points compared with the server's own addresses, and what to create at the
 * domain's provider when it does not point there yet.
 *
 * @param found    the domain's addresses as this computer sees them
 * @param server   the server's own public addresses; empty when not known
 * @param toCreate the A/AAAA records that make the domain point to the server
 * @param toRemove the addresses found that are not the server's (their records must go)
 */
public record DnsVerdict(DnsState state, String domain, List<String> found, List<String> server, List<DnsRecord> toCreate,
                         List<String> toRemove) {

    public DnsVerdict {
        found = List.copyOf(found);
        server = List.copyOf(server);
        toCreate = List.copyOf(toCreate);
        toRemove = List.copyOf(toRemove);
    }

    static DnsVerdict nothing(DnsState state, String domain) {
        return new DnsVerdict(state, domain, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * @param serverAddresses the server's addresses as the preflight lists them, or null when not connected
     */
    static DnsVerdict compare(String asciiDomain, List<InetAddress> found, List<String> serverAddresses) {
        Set<InetAddress> server = parse(serverAddresses);
        List<String> shownFound = found.stream().distinct().map(InetAddresses::toAddrString).toList();
        List<String> shownServer = server.stream().map(InetAddresses::toAddrString).toList();
        if (found.isEmpty() && server.isEmpty()) {
            return nothing(DnsState.NOT_FOUND, asciiDomain);
        }
        if (server.isEmpty()) {
            return new DnsVerdict(DnsState.UNCOMPARED, asciiDomain, shownFound, List.of(), List.of(), List.of());
        }
        List<String> others = found.stream().filter(address -> !server.contains(address)).distinct()
                .map(InetAddresses::toAddrString).toList();
        DnsState state = found.isEmpty() ? DnsState.NOT_FOUND : others.isEmpty() ? DnsState.POINTS_HERE : DnsState.ELSEWHERE;
        List<DnsRecord> records = new ArrayList<>();
        if (state != DnsState.POINTS_HERE) {
            String name = recordName(asciiDomain);
            server.forEach(address -> records.add(new DnsRecord(address instanceof Inet6Address ? "AAAA" : "A", name,
                    InetAddresses.toAddrString(address))));
        }
        return new DnsVerdict(state, asciiDomain, shownFound, shownServer, records, others);
    }

    /** "meet" for meet.example.org, "@" for example.org itself; the whole name where no public suffix is known. */
    static String recordName(String asciiDomain) {
        try {
            InternetDomainName name = InternetDomainName.from(asciiDomain);
            if (name.isUnderPublicSuffix()) {
                String registered = name.topPrivateDomain().toString();
                return registered.equals(asciiDomain) ? "@"
                        : asciiDomain.substring(0, asciiDomain.length() - registered.length() - 1);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // not a name Guava knows how to split: the whole name is still right
        }
        return asciiDomain;
    }

    /** The preflight's addresses, read as literals only (no look-up); a prefix length or zone is dropped. */
    private static Set<InetAddress> parse(List<String> addresses) {
        Set<InetAddress> parsed = new LinkedHashSet<>();
        if (addresses == null) {
            return parsed;
        }
        for (String address : addresses) {
            String literal = address.strip().replaceAll("[/%].*$", "");
            if (InetAddresses.isInetAddress(literal)) {
                parsed.add(InetAddresses.forString(literal));
            }
        }
        return parsed;
    }
}
