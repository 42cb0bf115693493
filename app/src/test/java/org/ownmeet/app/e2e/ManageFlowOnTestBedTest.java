package org.ownmeet.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.session.HostKeyDecision;
import org.ownmeet.installers.session.ServerLogin;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.documents.DocumentsViewModel;
import org.ownmeet.steps.review.PlanGroup;
import org.ownmeet.steps.review.ReviewStep;
import org.ownmeet.steps.review.ReviewViewModel;
import org.ownmeet.steps.summary.SummaryStep;
import org.ownmeet.testbed.TestBed;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Managing a server set up before, from the wizard, against a test-bed server the engine set up for a
 * school (its data protection facts answered) with two hosts (alice then chose her own password): first
 * carol added (Review: exactly that) and the retention changed, in one run; then, from the start screen's
 * recent servers, the GDPR documents saved from the summary (nothing applied) and bob removed after the
 * confirmation. Each run ends with every check passed, alice's own password still works, and the
 * profile saved on this computer holds none of the passwords used on the way.
 */
@TestBedTest
@Tag("display") // runs on a virtual X display with GTK (app/pom.xml: wizard-on-a-display)
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManageFlowOnTestBedTest {
    private static final Duration RUN = Duration.ofMinutes(6);
    private static final Secret ALICES_OWN = Secret.of("alice-chose-this-" + System.nanoTime());
    @TempDir
    static Path dir;
    /** Every password that went by: none may be in a saved file. */
    private static final List<String> CANARIES = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeAll
    static void aServerSetUpByTheEngineWhereAliceChoseHerOwnPassword(DebianTarget target, JitsiStandInRepository jitsi) {
        Profile plain = EngineTestSupport.profile(target, jitsi, JitsiShape.CURRENT, "alice", "bob");
        Profile profile = plain.withOrganisation(plain.organisation().withDataProtection(ProfileSamples.schoolFacts()));
        ServerLogin login = new ServerLogin(new SshTarget(target.address(), 22, target.user()),
                new SshLogin.Password(Secret.of(target.password())), null);
        try (ServerSession server = ServerSession.open(login, new KnownHosts(dir.resolve("known_hosts")),
                HostKeyDecision.fingerprint(target.hostKeyFingerprint()), EngineListener.NONE)) {
            ApplyResult result = server.apply(profile, ApplyOptions.defaults(), EngineListener.NONE);
            ApplyContext.HostCredential alice = result.newHosts().get(0);
            CANARIES.add(new String(alice.oneTimePassword().chars()));
            xmpp(target).changeOwnPassword("alice", alice.oneTimePassword(), ALICES_OWN);
        }
        CANARIES.add(target.password());
        CANARIES.add(new String(ALICES_OWN.chars()));
    }

    @Test
    @Order(1)
    void carolIsAddedAndTheRetentionChangedInOneRun(FxRobot robot, DebianTarget target, JitsiStandInRepository jitsi,
                                                    TestBed testBed) {
        WizardDriver wizard = open(robot, testBed);
        wizard.click("#choice-manage-server");
        wizard.next();
        connect(wizard, target);
        wizard.next();

        WizardDriver.waitUntil("the summary", Duration.ofSeconds(60), () -> wizard.shows("#summarySettings"));
        assertEquals(WizardDriver.TEXTS.format("summary.ownMeet", target.domain()), wizard.text("#summaryHeadline"));
        assertTrue(wizard.shows("#summaryRun-0"), "the engine's run is in the journal");
        assertFalse(wizard.shows("#summarySaved"), "nothing saved on this computer yet");
        wizard.snapshot("manage-01-summary");
        wizard.next();
        pastTheDataProtectionPages(wizard, robot);

        wizard.type("#hostName", "carol");
        wizard.click("#addHost");
        assertTrue(wizard.shows("#ownPasswordsKept"));
        toReview(wizard, target);
        List<PlanGroup> groups = planned(wizard, robot);
        assertEquals(List.of("host-accounts"), groups.stream().map(PlanGroup::id).toList(), "only the difference: carol");
        assertEquals(1, groups.get(0).changes().size());

        for (int i = 0; i < 3; i++) { // Review, certificate, meeting size: back to privacy and logs
            wizard.click("#backButton");
        }
        wizard.type("#retentionDays .text-field", "14");
        toReview(wizard, target);
        groups = planned(wizard, robot);
        assertTrue(groups.stream().anyMatch(g -> g.id().equals("logging")), groups.toString());
        assertTrue(groups.stream().noneMatch(g -> g.changes().isEmpty()), "only groups with changes are shown");
        wizard.snapshot("manage-03-review-differences");
        wizard.next();

        VerificationReport report = installed(wizard);
        assertTrue(report.allPassed(), () -> failed(report));
        wizard.session().appliedProperty().get().newHosts().forEach(host -> CANARIES.add(new String(host.oneTimePassword().chars())));
        assertEquals(List.of("carol"), wizard.session().appliedProperty().get().newHosts().stream()
                .map(ApplyContext.HostCredential::username).toList());
        wizard.next();
        assertTrue(wizard.text("#login-0").startsWith("carol@" + target.domain()), wizard.text("#login-0"));
        assertEquals(14, recorded(target).logging().retentionDays(), "the server's record");
        alicesOwnPasswordStillWorks(target);
        savedProfileHoldsNoPassword(1);
    }

    @Test
    @Order(2)
    void bobIsRemovedAfterTheConfirmationFromTheRecentServer(FxRobot robot, DebianTarget target, TestBed testBed) throws IOException {
        WizardDriver wizard = open(robot, testBed);
        WizardDriver.waitUntil("the recent server", Duration.ofSeconds(10), () -> wizard.shows("#recent-0"));
        wizard.click("#recent-0");
        wizard.next();
        assertEquals(target.address(), robot.lookup("#connectionHost").queryTextInputControl().getText(), "prefilled");
        assertEquals(target.user(), robot.lookup("#connectionUser").queryTextInputControl().getText());
        wizard.type("#connectionPassword", target.password());
        wizard.click("#connectButton");
        WizardDriver.waitUntil("the preflight", Duration.ofSeconds(60), () -> wizard.shows("#preflightCard"));
        wizard.next();
        WizardDriver.waitUntil("the summary", Duration.ofSeconds(60), () -> wizard.shows("#summarySettings"));
        assertFalse(wizard.shows("#summarySaved"), "the saved profile is the server's");
        documentsWithoutApplying(wizard, robot, target);
        wizard.next();
        pastTheDataProtectionPages(wizard, robot);

        TableView<?> hosts = robot.lookup("#hostsTable").queryTableView();
        assertEquals(List.of("alice", "bob", "carol"), hosts.getItems());
        robot.interact(() -> hosts.getSelectionModel().select(1));
        wizard.click("#removeHost");
        WizardDriver.waitUntil("the confirmation", Duration.ofSeconds(5), () -> wizard.shows("#removalCard"));
        assertEquals(WizardDriver.TEXTS.format("accounts.removal.question", "bob@" + target.domain()), wizard.text("#removalQuestion"));
        assertEquals(List.of("alice", "bob", "carol"), hosts.getItems(), "nothing removed before the answer");
        WizardDriver.waitUntil("Keep has the focus", Duration.ofSeconds(5), () -> robot.lookup("#keepHost").query().isFocused());
        wizard.snapshot("manage-02-removal-confirmation");
        wizard.click("#confirmRemoval");
        assertEquals(List.of("alice", "carol"), hosts.getItems());

        toReview(wizard, target);
        List<PlanGroup> groups = planned(wizard, robot);
        assertEquals(List.of("host-accounts"), groups.stream().map(PlanGroup::id).toList());
        assertEquals(1, groups.get(0).changes().size());
        wizard.next();
        VerificationReport report = installed(wizard);
        assertTrue(report.allPassed(), () -> failed(report));
        assertEquals("alice.dat carol.dat", target.root("ls /var/lib/prosody/" + target.domain().replace(".", "%2e")
                .replace("-", "%2d") + "/accounts | tr '\\n' ' '").run().output().strip());
        alicesOwnPasswordStillWorks(target);
        savedProfileHoldsNoPassword(1);
    }

    /** The GDPR documents from the summary: the server's profile, verified there first; nothing is applied. */
    private static void documentsWithoutApplying(WizardDriver wizard, FxRobot robot, DebianTarget target) throws IOException {
        DocumentsViewModel documents = ((SummaryStep) wizard.currentStep()).documents();
        Path folder = dir.resolve("gdpr");
        robot.interact(() -> documents.folderProperty().set(folder));
        wizard.click("#documentsFormat-md");
        wizard.click("#documentsExport");
        WizardDriver.waitUntil("the documents", Duration.ofSeconds(120), () -> wizard.text("#documentsMessage").startsWith("Saved in"));
        String record = Files.readString(folder.resolve("record-of-processing-" + documents.languageProperty().get() + ".md"));
        assertTrue(record.contains(target.domain()), record);
        assertTrue(record.contains("Verified on the server on"), record);
        assertTrue(Files.exists(folder.resolve("privacy-notice-" + documents.languageProperty().get() + ".pdf")));
    }

    private WizardDriver open(FxRobot robot, TestBed testBed) {
        WizardDriver wizard = new WizardDriver(robot, stage);
        // the package source comes from the server's record; the draft's is replaced by it
        wizard.open(Profile.PackageSources.JITSI_STABLE, dir.resolve("known_hosts"), WizardServices.system()
                .withDomainLookup(new TestBedDnsLookup(testBed.dns().resolverAddress()))
                .withSavedProfiles(new SavedProfiles(dir.resolve("config"))));
        return wizard;
    }

    private static void connect(WizardDriver wizard, DebianTarget target) {
        wizard.fillConnection(target, target.password());
        wizard.click("#connectButton");
        WizardDriver.waitUntil("the preflight", Duration.ofSeconds(60), () -> wizard.shows("#preflightCard"));
    }

    /** From the hosts (or any page before Review) on, as they are. */
    private static void toReview(WizardDriver wizard, DebianTarget target) {
        while (!wizard.shows("#reviewStep")) {
            if (wizard.shows("#domainName")) {
                wizard.waitUntil("the domain is looked up", Duration.ofSeconds(30), () -> wizard.text("#dnsSummary")
                        .equals(WizardDriver.TEXTS.format("domain.dns.here", target.domain(), target.address())), () -> wizard.text("#dnsSummary"));
            }
            wizard.next();
        }
    }

    /** Organisation, data protection, server location: the server's answers shown, kept as they are. */
    private static void pastTheDataProtectionPages(WizardDriver wizard, FxRobot robot) {
        assertTrue(robot.lookup("#type-publicBody").queryAs(RadioButton.class).isSelected(), "the server's kind of organisation");
        wizard.next();
        assertEquals(ProfileSamples.schoolFacts().supervisoryAuthority().name(), robot.lookup("#authorityName")
                .queryTextInputControl().getText());
        wizard.next();
        assertEquals("DE", robot.lookup("#hostingCountry").queryTextInputControl().getText());
        wizard.next();
    }

    private static List<PlanGroup> planned(WizardDriver wizard, FxRobot robot) {
        WizardDriver.waitUntil("the plan", Duration.ofSeconds(120), () -> wizard.shows("#reviewSummary"));
        ReviewStep review = (ReviewStep) wizard.currentStep();
        assertEquals(ReviewViewModel.State.READY, review.viewModel().stateProperty().get());
        return List.copyOf(review.viewModel().groups());
    }

    private static VerificationReport installed(WizardDriver wizard) {
        WizardDriver.waitUntil("the run and the checks", RUN, () -> wizard.session().reportProperty().get() != null);
        return wizard.session().reportProperty().get();
    }

    private static String failed(VerificationReport report) {
        return "failed checks: " + report.checks().stream().filter(c -> !c.passed()).map(c -> c.id() + ": " + c.reason()).toList();
    }

    private static Profile recorded(DebianTarget target) {
        try {
            return ProfileFile.fromJson(target.root("cat /etc/ownmeet/profile.json").run().output());
        } catch (ProfileFileException e) {
            throw new AssertionError(e.userMessage(), e);
        }
    }

    private static XmppClient xmpp(DebianTarget target) {
        String certificate = target.root("cat /etc/jitsi/meet/" + target.domain() + ".crt").run().output();
        return new XmppClient(HttpsServer.of(target.domain(), ServerTrust.pinned(certificate)).connectingTo(target.address()));
    }

    private static void alicesOwnPasswordStillWorks(DebianTarget target) {
        try (XmppSession alice = xmpp(target).logIn("alice", ALICES_OWN)) {
            assertTrue(alice.address().startsWith("alice@"), "the password alice chose still works after the run");
        }
    }

    /** One file per server, and no password of this test in any file of the folder. */
    private static void savedProfileHoldsNoPassword(int servers) {
        Path folder = dir.resolve("config");
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(servers, all.size(), all.toString());
            for (Path file : all) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.contains("\"hostAccounts\""), "a profile");
                assertTrue(CANARIES.size() >= 4, CANARIES.size() + " canaries");
                CANARIES.forEach(canary -> assertFalse(text.contains(canary), "a password in " + file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
