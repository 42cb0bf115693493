package org.ownmeet.installers.certificates;

import java.util.List;
import java.util.Locale;

import org.ownmeet.installers.problem.Problem;

/** The one request of this run was turned down (or could not be made); the server keeps its certificate. */
public final class CertificateRequestFailedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final List<String> arguments;

    CertificateRequestFailedProblem(String authority, String domain, int status, List<String> output) {
        super(authority + " did not issue a certificate for " + domain + ": " + plainReason(String.join("\n", output))
                        + ". OwnMeet asked once and stops here; the server keeps its current certificate. Try again in an "
                        + "hour: failed attempts count against a limit, so OwnMeet will not ask again before then.",
                "certbot exited with status " + status + ": " + lastLines(output));
        this.reason = reason(String.join("\n", output));
        this.arguments = values(authority, domain);
    }

    /** One code per reason ({@code certificate-request-failed.rate-limited}); the plain one for words not known. */
    @Override
    public String code() {
        return reason.isEmpty() ? super.code() : super.code() + "." + reason;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    static String plainReason(String output) {
        return switch (reason(output)) {
            case "rate-limited" -> "its limit on requests for this name has been reached for now";
            case "no-address" -> "it could not find the address of the name";
            case "caa" -> "the name's CAA record does not allow this certificate authority";
            case "port-80" -> "it could not reach port 80 of this server";
            case "check-file" -> "it did not find its check file on this server";
            case "service-unreachable" -> "the server could not reach the certificate service";
            default -> "the details below say why";
        };
    }

    private static String reason(String output) {
        String text = output.toLowerCase(Locale.ROOT);
        if (text.contains("ratelimited") || text.contains("too many")) {
            return "rate-limited";
        }
        if (text.contains("nxdomain") || text.contains("dns problem") || text.contains("no valid ip addresses")) {
            return "no-address";
        }
        if (text.contains("caa record")) {
            return "caa";
        }
        if (text.contains("timeout during connect") || text.contains("connection refused") || text.contains("fetching http")) {
            return "port-80";
        }
        if (text.contains("unauthorized") || text.contains("invalid response")) {
            return "check-file";
        }
        if (text.contains("max retries exceeded") || text.contains("failed to establish") || text.contains("certificate verify failed")
                || text.contains("clienterror") || text.contains("connection aborted")) {
            return "service-unreachable";
        }
        return "";
    }

    private static String lastLines(List<String> output) {
        List<String> useful = output.stream().map(String::strip).filter(l -> l.startsWith("Detail:") || l.startsWith("Error")
                || l.contains("Type:") || l.contains("error")).toList();
        List<String> lines = useful.isEmpty() ? output.subList(Math.max(0, output.size() - 4), output.size()) : useful;
        return String.join(" | ", lines);
    }
}
