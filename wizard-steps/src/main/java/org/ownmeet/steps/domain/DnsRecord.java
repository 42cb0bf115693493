package org.ownmeet.steps.domain;

/**
 * A record the user creates at their domain's provider.
 *
 * @param type  A for an IPv4 address, AAAA for IPv6
 * @param name  the name as providers ask for it: relative to the registered domain ("meet"), "@" for the domain itself
 * @param value the server's address
 */
public record DnsRecord(String type, String name, String value) {
}
