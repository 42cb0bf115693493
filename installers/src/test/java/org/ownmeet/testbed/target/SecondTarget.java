package org.ownmeet.testbed.target;

/**
 * A second Debian target for the same test class, booted beside the first on the test bed's network (the
 * two reach each other), for tests of several servers: a main server and a videobridge server.
 */
public record SecondTarget(DebianTarget target) {
}
