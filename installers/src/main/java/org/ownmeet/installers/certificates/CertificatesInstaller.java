package org.ownmeet.installers.certificates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.pem.CertificateChain;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * The certificate of the meeting domain, for the web server, TURN and Prosody's main host.
 * <ul>
 * <li>Let's Encrypt (or another ACME directory): certbot from the distribution, one checked request
 * when there is no usable certificate, the certificate installed, a renewal hook that installs each
 * renewed one the same way, and certbot's timer on. A certificate certbot already holds is installed
 * without a new request.</li>
 * <li>Own files: the pair from this computer, installed the same way.</li>
 * <li>Self-signed (a trial): what the packages made stays. A server that had another certificate gets
 * a new self-signed one.</li>
 * </ul>
 * Leaving Let's Encrypt removes the renewal hook and certbot's certificate, so a renewal cannot put it back.
 */
public final class CertificatesInstaller implements Installer {
    private static final String CERTBOT_PROBE = "certbot";

    @Override
    public String id() {
        return "certificates";
    }

    @Override
    public String title() {
        return InstallCertificate.STEP;
    }

    @Override
    public StateRequest needs(Profile profile) {
        String domain = profile.domain();
        return StateRequest.of(List.of(JitsiFiles.webCertificate(domain), CertificatePlaces.prosodyChain(domain),
                        LetsEncryptLineage.chainPath(domain), LetsEncryptLineage.renewalPath(domain), RenewalHook.PATH,
                        FailedRequest.PATH),
                List.of(ServerFacts.PROBE, CertificatePlaces.probe(domain), LetsEncryptLineage.probe(domain),
                        new Probe(CERTBOT_PROBE, ScriptResource.text(CertificatesInstaller.class, "certbot-probe.sh"))));
    }

    /** Where the domain points is asked only when a request is coming. */
    @Override
    public StateRequest followUp(ServerState state, Profile profile) {
        return needsRequest(state, profile) ? StateRequest.of(List.of(), List.of(DomainAddresses.probe(profile.domain())))
                : StateRequest.of(List.of(), List.of());
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        if (!needsRequest(state, profile) || !state.probes().containsKey(DomainAddresses.PROBE_ID)) {
            return List.of();
        }
        String domain = profile.domain();
        String authority = Authority.name(profile.certificates().acmeDirectory());
        List<Notice> warnings = new ArrayList<>();
        Optional<FailedRequest> failed = FailedRequest.of(state.file(FailedRequest.PATH));
        if (failed.isPresent() && failed.get().holdsBack(profile.certificates().acmeDirectory(), serverTime(state))) {
            warnings.add(Notice.of("certificates.held-back", authority + " turned down the last request less than an hour ago ("
                    + failed.get().reason() + "); OwnMeet will not ask again before the hour is over.", authority, failed.get().reason()));
        }
        DomainAddresses resolved = DomainAddresses.parse(state.probe(DomainAddresses.PROBE_ID));
        List<String> own = ServerFacts.of(state).addresses();
        if (resolved.isEmpty()) {
            warnings.add(Notice.of("certificates.no-address", domain + " has no address record yet, so the run will stop before "
                    + "asking " + authority + " for a certificate.", domain, authority));
        } else if (!own.containsAll(resolved.addresses())) {
            String points = String.join(", ", resolved.addresses());
            String has = String.join(", ", own);
            warnings.add(Notice.of("certificates.points-elsewhere", domain + " points to " + points + ", and this server has "
                    + has + ". Unless those addresses lead here (a router passing port 80 on), the run will stop before asking "
                    + authority + " for a certificate.", domain, points, has, authority));
        }
        return warnings;
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        CertificateMode mode = profile.certificates().mode();
        if (!state.file(JitsiFiles.webCertificate(domain)).exists()) {
            return mode == CertificateMode.SELF_SIGNED ? List.of() : List.of(new PendingChange(
                    "Install the " + (mode == CertificateMode.OWN_FILES ? "own" : "Let's Encrypt") + " certificate",
                    "once Jitsi Meet is installed with its self-signed certificate, which this one replaces"));
        }
        return switch (mode) {
            case LETS_ENCRYPT -> letsEncrypt(state, profile, options);
            case OWN_FILES -> ownFiles(state, profile);
            case SELF_SIGNED -> selfSigned(state, profile);
        };
    }

    private List<Change> letsEncrypt(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        boolean coturn = CertificatePlaces.coturn(state);
        LetsEncryptLineage lineage = LetsEncryptLineage.of(state, domain);
        boolean certbot = state.probe(CERTBOT_PROBE).contains("certbot installed");
        List<Change> changes = new ArrayList<>();
        if (!certbot) {
            changes.add(new InstallPackages(List.of("certbot"), "the distribution's own Let's Encrypt client",
                    options.packageLockWait()));
        }
        boolean request = needsRequest(state, profile);
        if (request) {
            changes.add(new RequestCertificate(domain, profile.certificates(), profile.adminEmail(),
                    DomainAddresses.parse(state.probes().getOrDefault(DomainAddresses.PROBE_ID, "")),
                    ServerFacts.of(state).addresses(), lineage.sha256().getOrDefault(CertificatePlaces.Part.CHAIN, ""),
                    FailedRequest.of(state.file(FailedRequest.PATH)), serverTime(state)));
        }
        if (request || !CertificatePlaces.holdAll(state, domain, lineage.sha256())) {
            changes.add(new InstallCertificate(domain, coturn, new InstallCertificate.FromLetsEncrypt()));
        }
        changes.add(FileChange.ifDifferent("certbot installs every renewed certificate the same way", state.file(RenewalHook.PATH),
                FileWrite.of(RenewalHook.PATH, RenewalHook.content(domain, coturn)).ownedBy("root", "root").withMode("755"),
                Validator.NONE, Set.of()));
        if (!certbot || !state.probe(CERTBOT_PROBE).contains("timer enabled active")) {
            changes.add(new EnableRenewal());
        }
        return changes.stream().filter(java.util.Objects::nonNull).toList();
    }

    private List<Change> ownFiles(ServerState state, Profile profile) {
        String domain = profile.domain();
        List<Change> changes = new ArrayList<>(leaveLetsEncrypt(state, domain));
        OwnCertificate own = OwnCertificate.read(profile.certificates());
        if (!CertificatePlaces.holdAll(state, domain, own.sha256())) {
            changes.add(new InstallCertificate(domain, CertificatePlaces.coturn(state), new InstallCertificate.FromOwnFiles(own)));
        }
        return changes;
    }

    /** What the packages made is a trial certificate; one from elsewhere is replaced by a new self-signed one. */
    private List<Change> selfSigned(ServerState state, Profile profile) {
        String domain = profile.domain();
        List<Change> changes = new ArrayList<>(leaveLetsEncrypt(state, domain));
        if (!isSelfSigned(state.file(JitsiFiles.webCertificate(domain)))
                || !isSelfSigned(state.file(CertificatePlaces.prosodyChain(domain)))) {
            changes.add(new InstallCertificate(domain, CertificatePlaces.coturn(state), new InstallCertificate.SelfSigned()));
        }
        return changes;
    }

    private static List<Change> leaveLetsEncrypt(ServerState state, String domain) {
        boolean used = state.file(RenewalHook.PATH).exists() || state.file(LetsEncryptLineage.renewalPath(domain)).exists();
        return used ? List.of(new StopLetsEncrypt(domain)) : List.of();
    }

    private static boolean isSelfSigned(FileSnapshot file) {
        return !file.exists() || CertificateChain.parse(file.text()).map(CertificateChain::isSelfSigned).orElse(false);
    }

    private static boolean needsRequest(ServerState state, Profile profile) {
        return profile.certificates().mode() == CertificateMode.LETS_ENCRYPT
                && state.file(JitsiFiles.webCertificate(profile.domain())).exists()
                && !LetsEncryptLineage.of(state, profile.domain()).usableFor(profile.domain(),
                        profile.certificates().acmeDirectory(), Instant.now());
    }

    private static long serverTime(ServerState state) {
        return state.probe(CERTBOT_PROBE).lines().filter(l -> l.startsWith("now ")).findFirst()
                .map(l -> Long.parseLong(l.substring(4).strip())).orElse(Instant.now().getEpochSecond());
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return switch (profile.certificates().mode()) {
            case LETS_ENCRYPT -> List.of(new CertificateInPlaceCheck(profile), new RenewalCheck());
            case OWN_FILES -> List.of(new CertificateInPlaceCheck(profile));
            case SELF_SIGNED -> List.of();
        };
    }
}
