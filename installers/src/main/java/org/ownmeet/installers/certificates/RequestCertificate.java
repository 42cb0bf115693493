package org.ownmeet.installers.certificates;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * One request to the ACME directory, over HTTP-01 through the meeting site's webroot, and only after
 * the preflight: the domain has an address, the last refusal is more than an hour old, and a check
 * file put into the webroot is served at every address the domain points to, as seen from this
 * computer. Any of those failing is a problem of its own and no request is made. certbot writes its
 * output to a file, so a connection lost mid-request cannot break it off; a later run waits for it.
 */
record RequestCertificate(String domain, Profile.Certificates certificates, String email, DomainAddresses resolved,
                          List<String> ownAddresses, String currentChainSha256, Optional<FailedRequest> lastFailure,
                          long serverTime) implements ActionChange {
    static final String WEBROOT = "/usr/share/jitsi-meet";
    static final String CHALLENGES = WEBROOT + "/.well-known/acme-challenge";
    static final String ALREADY_ISSUED = "OWNMEET-ALREADY-ISSUED";
    private static final String CHECK_PREFIX = "ownmeet-check-";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public String summary() {
        return "Ask " + Authority.name(certificates.acmeDirectory()) + " for a certificate for " + domain;
    }

    @Override
    public String detail() {
        return "one request (certbot certonly --webroot -w " + WEBROOT + ") to " + certificates.acmeDirectory() + ", account "
                + email + ". Before it OwnMeet checks that " + domain + " points to this server (it points to "
                + (resolved.isEmpty() ? "nothing yet" : String.join(", ", resolved.addresses())) + "; this server has "
                + String.join(", ", ownAddresses) + ") and that port 80 answers there from this computer; if not, it stops and "
                + "says why, without asking. A refused request is not repeated for an hour.";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        if (resolved.isEmpty()) {
            throw new NoAddressProblem(domain, resolved.answer());
        }
        String authority = Authority.name(certificates.acmeDirectory());
        if (lastFailure.isPresent() && lastFailure.get().holdsBack(certificates.acmeDirectory(), serverTime)) {
            throw new RequestTooSoonProblem(authority, lastFailure.get());
        }
        String name = CHECK_PREFIX + random();
        String content = random();
        context.session().run(RemoteScript.asRoot("put a check file where Let's Encrypt looks", ScriptResource.of(RequestCertificate.class, "put-check-file.sh")
                .with("CHALLENGES", CHALLENGES).with("CHECK_PREFIX", CHECK_PREFIX).with("CONTENT", content).with("NAME", name).text()).quiet()).requireSuccess();
        try {
            new PortEightyCheck(new ChallengeFetch(FETCH_TIMEOUT)).check(domain, resolved.addresses(), ownAddresses,
                    "/.well-known/acme-challenge/" + name, content).forEach(note -> context.listener().on(new EngineEvent.Note(note)));
        } catch (RuntimeException failed) {
            context.session().run(RemoteScript.asRoot("remove the check file", "rm -f -- " + CHALLENGES + "/" + name).quiet());
            throw failed;
        }
        RunResult result = context.session().run(RemoteScript.asRoot("ask for a certificate", requestScript(name))
                .withTimeout(Duration.ofMinutes(10)));
        if (!result.succeeded()) {
            throw new CertificateRequestFailedProblem(authority, domain, result.exitStatus(), result.stdout());
        }
    }

    private String requestScript(String checkFile) {
        String directory = certificates.acmeDirectory();
        boolean replacing = !currentChainSha256.isEmpty();
        return ScriptResource.text(FailedRequest.class, "record-failure.sh")
                + ScriptResource.of(RequestCertificate.class, "request-certificate.sh").with("CHALLENGES", CHALLENGES)
                .with("CHECK_FILE", checkFile).with("CHAIN", LetsEncryptLineage.chainPath(domain))
                .with("CURRENT_SHA256", currentChainSha256).with("ALREADY_ISSUED", ALREADY_ISSUED).with("EMAIL", email)
                .with("DIRECTORY", directory).with("WEBROOT", WEBROOT).with("DOMAIN", domain)
                .withList("RENEWAL", replacing ? List.of("--force-renewal", "--break-my-certs") : List.of())
                .with("FAILURE_DIRECTORY", directory).with("FAILURE_NOTE", FailedRequest.PATH).text();
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
