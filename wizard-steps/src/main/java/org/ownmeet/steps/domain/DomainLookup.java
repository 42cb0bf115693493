package org.ownmeet.steps.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Where a domain points, as this computer sees it; tests give their own answers. */
@FunctionalInterface
public interface DomainLookup {

    /**
     * The addresses of the domain's A and AAAA records.
     *
     * @param asciiDomain the domain as DNS knows it (lower case, accents as punycode)
     * @throws UnknownHostException when the domain points nowhere (or this computer cannot look it up)
     */
    List<InetAddress> addressesOf(String asciiDomain) throws UnknownHostException;

    /** The resolver this computer uses (Java keeps an answer for about half a minute). */
    static DomainLookup system() {
        return domain -> List.of(InetAddress.getAllByName(domain));
    }
}
