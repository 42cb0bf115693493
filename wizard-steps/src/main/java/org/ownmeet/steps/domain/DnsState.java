package org.ownmeet.steps.domain;

/** Where the domain points, as far as this computer can tell. */
public enum DnsState {
    /** Nothing to look up yet: no valid domain. */
    NOT_CHECKED,
    CHECKING,
    /** Every address of the domain is one of the server's. */
    POINTS_HERE,
    /** The domain has addresses, and at least one is not the server's. */
    ELSEWHERE,
    /** The domain has no address (or this computer cannot look it up). */
    NOT_FOUND,
    /** The domain has addresses, but the server's own are not known (not connected, or none public). */
    UNCOMPARED
}
