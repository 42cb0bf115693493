package org.ownmeet.installers.certificates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The certificate authority turned a request down less than an hour ago; asking again now would only use up the limits. */
public final class RequestTooSoonProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    RequestTooSoonProblem(String authority, FailedRequest last) {
        super(authority + " turned down the last request for a certificate at " + TIME.format(Instant.ofEpochSecond(
                        last.epochSecond())) + ". It allows only a few failed attempts per hour, so OwnMeet asks again only "
                        + "after " + TIME.format(Instant.ofEpochSecond(last.retryAt())) + ". Set right what the details say, "
                        + "then run OwnMeet again after that time. The server keeps its current certificate.",
                "last failed request to " + last.directory() + " at " + Instant.ofEpochSecond(last.epochSecond()) + ": "
                        + last.reason());
        this.arguments = values(authority, TIME.format(Instant.ofEpochSecond(last.epochSecond())),
                TIME.format(Instant.ofEpochSecond(last.retryAt())));
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
