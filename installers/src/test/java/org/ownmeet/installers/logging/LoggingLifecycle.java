package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.BrokenFileInstaller;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The logs of one server, in order, on one target: a fresh apply with no access log and 7 days, real
 * visits and logins that leave no address, the same again with an anonymised access log and with 0
 * days, other days changing only the retention files, a cut-off run, changes the checks reject, and
 * bad inputs. One subclass per shape of the Jitsi packages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LoggingLifecycle {
    private static final Profile.Logging OFF_7 = new Profile.Logging(7, AccessLog.OFF);
    private static final List<String> SERVICES = List.of("prosody", "jicofo", "jitsi-videobridge2", "nginx", "coturn", "systemd-journald");
    private static final List<String> ROTATED = List.of("/var/log/nginx/*.log", "/var/log/prosody/prosody.log /var/log/prosody/prosody.err",
            "/var/log/jitsi/jicofo.log", "/var/log/jitsi/jvb.log");
    /** The privacy notice states the days and the access log chosen, so it changes with them. */
    private static final String NOTICE = "/etc/jitsi/meet/ownmeet/privacy-notice.html";
    @TempDir
    static Path dir;

    abstract JitsiShape shape();

    Profile profile(DebianTarget target, JitsiStandInRepository repository, Profile.Logging logging) {
        return EngineTestSupport.profile(target, repository, shape(), "alice").withLogging(logging);
    }

    @Test
    @Order(1)
    void aFreshApplySetsEveryLogAndTheDays(DebianTarget target, JitsiStandInRepository repository) {
        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults());
        assertEquals("logging", result.made().get(result.made().size() - 1).id());
        assertTrue(result.restarted().containsAll(SERVICES), result.restarted().toString());
        assertEquals(String.join("\n", SERVICES.stream().map(s -> "active").toList()), servicesActive(target));

        String site = read(target, JitsiFiles.nginxSite(target.domain()));
        assertEquals(2, site.split("\\n\\s*access_log off; # OwnMeet: the access log you chose\\n", -1).length - 1, site);
        assertFalse(site.matches("(?s).*\\n\\s*access_log [^\\n]*jitsi_log;.*"), "the site's own access log is commented out");
        assertEquals(NginxLogging.CONTENT, read(target, NginxLogging.SNIPPET));
        assertTrue(read(target, ProsodyLogging.PATH).contains("\n" + ProsodyLogging.SETTING + "\n"));
        assertTrue(read(target, JavaLogging.JICOFO).contains("\n.level=WARNING\n"));
        assertTrue(read(target, JavaLogging.VIDEOBRIDGE).contains("\n.level=WARNING\n"));
        assertEquals("true\ntrue", target.root("hocon -f " + JitsiFiles.JVB_CONF + " get videobridge.redact-remote-addresses; hocon -f "
                + JitsiFiles.JVB_CONF + " get ice4j.redact-remote-addresses").run().output().strip());
        String turn = read(target, TurnServerLogging.PATH);
        assertTrue(turn.contains("\nlog-file=/dev/null\n") && !turn.contains("\nsyslog\n"), turn);
        String coturn = target.root("journalctl _SYSTEMD_INVOCATION_ID=$(systemctl show -p InvocationID --value coturn) "
                + "-o verbose -q --no-pager | grep -E '^ +(_TRANSPORT|MESSAGE)=' || true").run().output();
        assertFalse(coturn.contains("_TRANSPORT=syslog"), coturn);
        assertFalse(Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+").matcher(coturn).find(),
                "since its restart coturn printed only what comes before its configuration, never an address: " + coturn);
        assertEquals("enabled", target.root("systemctl is-enabled logrotate.timer").run().output().strip());
        assertRetention(target, 7);
    }

    @Test
    @Order(2)
    void aSecondApplyChangesAndRestartsNothing(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        ApplyResult again = EngineRun.apply(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults());
        assertEquals(0, again.changeCount());
        assertEquals(List.of(), again.restarted());
        assertEquals(1, again.roundTrips(), "the whole state in one round trip, nothing written");
        assertEquals(before, EngineTestSupport.fingerprint(target));
    }

    @Test
    @Order(3)
    void realVisitsAndLoginsLeaveNoAddressInAnyNewLine(DebianTarget target, JitsiStandInRepository repository) {
        NewLogLines lines = NewLogLines.from(target);
        long accessLog = NewLogLines.size(target, "/var/log/nginx/access.log");
        visit(target);
        VerificationReport report = verify(target, profile(target, repository, OFF_7));
        assertTrue(report.allPassed(), report.toString());
        assertEquals(18, report.checks().size(), "the outside checks, those of privacy (with local recording), the browsers', the "
                + "welcome page and the password page, the address check, the retention check and the automatic updates' check");
        String written = lines.read();
        assertFalse(NewLogLines.TEST_HOST_IN_A_LINE.matcher(written).find(), written);
        assertEquals(accessLog, NewLogLines.size(target, "/var/log/nginx/access.log"), "no access log");
    }

    /** The check itself finds an address where one is written, and names the place but not the address. */
    @Test
    @Order(4)
    void theCheckFindsAnAddressThatIsWrittenAndDoesNotQuoteIt(DebianTarget target) {
        try (SshSession session = session(target)) {
            ClientAddressCheck check = new ClientAddressCheck();
            check.before(session);
            target.root("echo 'test: a visit from " + NewLogLines.TEST_HOST + ":4711' >> /var/log/prosody/prosody.log; "
                    + "logger -t ownmeet-test 'client: " + NewLogLines.TEST_HOST + ", server: x'; sleep 0.5").run();
            CheckResult result = check.after(session, VerifyTarget.of(target.domain(), ServerTrust.system()));
            assertFalse(result.passed());
            assertTrue(result.reason().contains("/var/log/prosody/prosody.log") && result.reason().contains("the system journal"),
                    result.reason());
            assertFalse((result.reason() + result.detail()).contains(NewLogLines.TEST_HOST), result.toString());
        }
    }

    @Test
    @Order(5)
    void anAnonymisedAccessLogHoldsShortenedAddressesOnly(DebianTarget target, JitsiStandInRepository repository) {
        Profile anonymised = profile(target, repository, new Profile.Logging(7, AccessLog.ANONYMISED));
        ApplyResult result = EngineRun.apply(target, dir, anonymised, ApplyOptions.defaults());
        assertEquals(Set.of(JitsiFiles.nginxSite(target.domain()), NOTICE), changedFiles(result));
        assertEquals(List.of("nginx"), result.restarted());
        NewLogLines lines = NewLogLines.from(target);
        visit(target);
        assertTrue(verify(target, anonymised).allPassed());
        String written = lines.read();
        assertFalse(NewLogLines.TEST_HOST_IN_A_LINE.matcher(written).find(), written);
        assertTrue(written.contains("/var/log/nginx/access.log: 10.203.X.X [") && written.contains("\"GET /static/missing.html HTTP/"),
                written);
        assertFalse(written.contains("jwt=secret-token"), "the query string is not logged");
    }

    @Test
    @Order(6)
    void zeroDaysKeepNoAccessLogAndNoStoredJournal(DebianTarget target, JitsiStandInRepository repository) {
        Profile none = profile(target, repository, new Profile.Logging(0, AccessLog.ANONYMISED));
        ApplyResult result = EngineRun.apply(target, dir, none, ApplyOptions.defaults());
        assertTrue(result.restarted().containsAll(List.of("nginx", "systemd-journald")), result.restarted().toString());
        assertEquals("0", target.root("find /var/log/journal -type f -name '*.journal*' | wc -l").run().output().strip());
        assertRetention(target, 0);
        NewLogLines lines = NewLogLines.from(target);
        long accessLog = NewLogLines.size(target, "/var/log/nginx/access.log");
        visit(target);
        assertTrue(verify(target, none).allPassed());
        assertEquals(accessLog, NewLogLines.size(target, "/var/log/nginx/access.log"), "no access log at all");
        assertFalse(NewLogLines.TEST_HOST_IN_A_LINE.matcher(lines.read()).find());
        assertEquals("0", target.root("find /var/log/journal -type f -name '*.journal*' | wc -l").run().output().strip(),
                "the journal of the visits and logins is in memory only");
        assertEquals(0, EngineRun.apply(target, dir, none, ApplyOptions.defaults()).changeCount());
    }

    @Test
    @Order(7)
    void otherDaysChangeExactlyTheRetentionFiles(DebianTarget target, JitsiStandInRepository repository) {
        ApplyResult three = EngineRun.apply(target, dir, profile(target, repository, new Profile.Logging(3, AccessLog.OFF)),
                ApplyOptions.defaults());
        Set<String> retention = Set.of("/etc/logrotate.d/nginx", "/etc/logrotate.d/prosody", "/etc/logrotate.d/jicofo",
                "/etc/logrotate.d/jitsi-videobridge", JournalRetention.PATH, NOTICE);
        assertEquals(retention, changedFiles(three));
        assertEquals(List.of("systemd-journald"), three.restarted());
        assertRetention(target, 3);
        ApplyResult seven = EngineRun.apply(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults());
        assertEquals(retention, changedFiles(seven));
        assertRetention(target, 7);
    }

    /** Cut off after the logging step wrote its files, before the restarts: the re-run ends where a clean run ends. */
    @Test
    @Order(8)
    void aRunCutOffAfterItsChangesConvergesOnTheNextRun(DebianTarget target, JitsiStandInRepository repository) {
        Profile anonymised = profile(target, repository, new Profile.Logging(2, AccessLog.ANONYMISED));
        AtomicBoolean cut = new AtomicBoolean();
        EngineListener cutter = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                if (event instanceof EngineEvent.ChangeMade made && made.step().equals("logging") && cut.compareAndSet(false, true)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                }
            }
        };
        assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, anonymised, ApplyOptions.defaults(), cutter));
        assertTrue(cut.get());
        assertEquals("nginx systemd-journald", target.root("cat /etc/ownmeet/restart-pending").run().output().strip()
                .replace('\n', ' '), "the restarts still due are recorded on the server");
        ApplyResult rerun = EngineRun.apply(target, dir, anonymised, ApplyOptions.defaults());
        assertTrue(rerun.restarted().containsAll(List.of("nginx", "systemd-journald")), rerun.restarted().toString());
        assertTrue(EngineRun.plan(target, dir, anonymised, ApplyOptions.defaults()).isEmpty());
        assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
        assertEquals(String.join("\n", SERVICES.stream().map(s -> "active").toList()), servicesActive(target));
        assertRetention(target, 2);
        EngineRun.apply(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults());
    }

    /**
     * OwnMeet's log format defined elsewhere too makes nginx's check fail: every file goes back, nginx keeps
     * running. The logging step alone, as the welcome page's step before it would rightly rewrite the notice.
     */
    @Test
    @Order(9)
    void anNginxChangeThatFailsItsCheckIsUndoneByteForByte(DebianTarget target, JitsiStandInRepository repository) {
        target.root("rm " + NginxLogging.SNIPPET + " && printf 'log_format ownmeet_anonymised $status;\\n' "
                + "> /etc/nginx/conf.d/local-test.conf && nginx -t 2>/dev/null").run();
        String before = EngineTestSupport.fingerprint(target);
        Profile anonymised = profile(target, repository, new Profile.Logging(7, AccessLog.ANONYMISED));
        ChangeRejectedProblem rejected;
        try (SshSession session = session(target)) {
            Engine engine = new Engine(List.of(new LoggingInstaller()));
            rejected = assertThrows(ChangeRejectedProblem.class,
                    () -> engine.apply(session, anonymised, ApplyOptions.defaults(), EngineListener.NONE));
        }
        assertTrue(rejected.detail().contains("ownmeet_anonymised"), rejected.detail());
        assertEquals(before, EngineTestSupport.fingerprint(target), "every file as it was");
        assertEquals(String.join("\n", SERVICES.stream().map(s -> "active").toList()), servicesActive(target));
        target.root("rm /etc/nginx/conf.d/local-test.conf").run();
        EngineRun.apply(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults());
        assertTrue(EngineRun.plan(target, dir, profile(target, repository, OFF_7), ApplyOptions.defaults()).isEmpty());
    }

    /** A rotation file logrotate rejects (here: a log another file already rotates) goes back byte for byte. */
    @Test
    @Order(10)
    void aRotationFileThatLogrotateRejectsIsUndoneByteForByte(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        try (SshSession session = session(target)) {
            Engine engine = new Engine(List.of(new BrokenFileInstaller("/etc/logrotate.d/nginx",
                    text -> text + "\n/var/log/prosody/prosody.log {\n\tdaily\n}\n", Validator.LOGROTATE, Set.of())));
            assertThrows(ChangeRejectedProblem.class, () -> engine.apply(session, profile(target, repository, OFF_7),
                    ApplyOptions.defaults(), EngineListener.NONE));
        }
        assertEquals(before, EngineTestSupport.fingerprint(target));
        assertEquals(String.join("\n", SERVICES.stream().map(s -> "active").toList()), servicesActive(target));
    }

    @Test
    @Order(11)
    void badRetentionInputsNeverReachTheServer(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        for (Profile.Logging bad : new Profile.Logging[] {new Profile.Logging(-1, AccessLog.OFF), new Profile.Logging(366, AccessLog.OFF),
            new Profile.Logging(7, null), null}) {
            InvalidProfileProblem problem = assertThrows(InvalidProfileProblem.class,
                    () -> EngineRun.apply(target, dir, profile(target, repository, bad), ApplyOptions.defaults()));
            assertTrue(problem.userMessage().contains("Keep logs for") || problem.userMessage().contains("Access log")
                    || problem.userMessage().contains("Logs"), problem.userMessage());
        }
        assertEquals(before, EngineTestSupport.fingerprint(target));
    }

    /** Web visits as browsers and scanners make them: pages, missing files, a query, plain HTTP, an old TLS version, the bare address. */
    private static void visit(DebianTarget target) {
        String https = "https://" + target.domain();
        String resolve = target.domain() + ":443:" + target.address();
        for (String path : List.of("/", "/static/missing.html?jwt=secret-token", "/libs/missing.js", "/a/room/that/is/not/there.png",
                "/http-bind", "/config.js")) {
            HostCommand.of("curl", "-sk", "-o", "/dev/null", "--resolve", resolve, https + path).run();
        }
        HostCommand.of("curl", "-s", "-o", "/dev/null", "--resolve", target.domain() + ":80:" + target.address(),
                "http://" + target.domain() + "/welcome").run();
        HostCommand.of("curl", "-sk", "-o", "/dev/null", "--tls-max", "1.1", "--resolve", resolve, https + "/").runAllowingFailure();
        HostCommand.of("curl", "-sk", "-o", "/dev/null", "https://" + target.address() + "/").runAllowingFailure();
    }

    /** logrotate itself reads every entry as daily with the days, and reports no error; the journal keeps as long. */
    private static void assertRetention(DebianTarget target, int days) {
        HostCommand.Result debug = target.root("logrotate --debug /etc/logrotate.conf 2>&1").runAllowingFailure();
        assertEquals(0, debug.exitCode(), debug.output());
        assertFalse(debug.output().contains("error:"), debug.output());
        for (String pattern : ROTATED) {
            String expected = "rotating pattern: " + pattern + "  after 1 days (" + (days == 0 ? "no old logs will be kept" : days
                    + " rotations") + ")";
            assertTrue(debug.output().contains(expected), expected + "\n" + debug.output());
        }
        for (String file : List.of("nginx", "prosody", "jicofo", "jitsi-videobridge")) {
            String text = read(target, "/etc/logrotate.d/" + file);
            assertTrue(text.contains("rotate " + days + "\n") && text.contains("maxage " + days + "\n"), text);
        }
        assertEquals(JournalRetention.content(days), read(target, JournalRetention.PATH));
        assertEquals("active", target.root("systemctl is-active systemd-journald").run().output().strip());
    }

    private static Set<String> changedFiles(ApplyResult result) {
        return result.made().stream().flatMap(step -> step.changes().stream()).filter(FileChange.class::isInstance)
                .map(change -> ((FileChange) change).path()).collect(Collectors.toSet());
    }

    private static String servicesActive(DebianTarget target) {
        return target.root("systemctl is-active " + String.join(" ", SERVICES) + " || true").run().output().strip();
    }

    private static String read(DebianTarget target, String path) {
        return target.root("cat " + path).run().output();
    }

    static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = session(target)) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    static SshSession session(DebianTarget target) {
        return SshTestSupport.connectWithPassword(target, dir.resolve("s-" + System.nanoTime()), e -> { });
    }
}
