package org.ownmeet.installers.certificates;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outside view Let's Encrypt will have: for every address the domain points to, a check file
 * OwnMeet put into the meeting site's challenge folder is fetched over port 80 from this computer, with
 * the domain as Host. Each way it can fail is its own problem, raised before any request is made.
 * Only an IPv6 address this computer cannot reach at all (no IPv6 here) is left unchecked, with a note.
 */
final class PortEightyCheck {
    private final ChallengeFetch fetch;

    PortEightyCheck(ChallengeFetch fetch) {
        this.fetch = fetch;
    }

    /** @return notes about what could not be checked from here */
    List<String> check(String domain, List<String> addresses, List<String> ownAddresses, String path, String content) {
        List<String> notes = new ArrayList<>();
        for (String address : addresses) {
            ChallengeFetch.Answer answer = fetch.get(literal(address), domain, path);
            if (answer.connected() && answer.status() == 200 && answer.body().contains(content)) {
                continue;
            }
            if (answer.connected()) {
                throw new OtherServerAnswersProblem(domain, address, answer.describe());
            }
            if (!ownAddresses.contains(address)) {
                throw new PointsElsewhereProblem(domain, address, ownAddresses);
            }
            if (address.contains(":") && answer.failure().contains("Network is unreachable")) {
                notes.add("This computer has no IPv6 connection, so OwnMeet could not check port 80 at " + address
                        + " from outside; the server has that address, and Let's Encrypt may use it.");
                continue;
            }
            throw new PortClosedProblem(domain, address, answer.failure());
        }
        return notes;
    }

    /** An address as written, without a DNS lookup. */
    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }
}
