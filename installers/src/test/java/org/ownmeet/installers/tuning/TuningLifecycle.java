package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.engine.UnreadableSettingsProblem;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * One server through the meeting sizes, in order, on one target: the warning before anything is
 * installed, a fresh apply that puts the size's values in every file (and the services run with
 * them), a second apply that changes nothing, other sizes that change exactly their values and
 * restart only their services, a run cut off after the files that converges, a settings file with a
 * mistake that stops the run with nothing changed. One subclass per shape of the Jitsi packages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TuningLifecycle {
    private static final String CONFIG_JS_OF = "/etc/jitsi/meet/%s-config.js";
    @TempDir
    static Path dir;

    abstract JitsiShape shape();

    Profile profile(DebianTarget target, JitsiStandInRepository repository, MeetingSize size) {
        return EngineTestSupport.profile(target, repository, shape(), "alice").withMeetingSize(size);
    }

    /** The machine as the target sees it (the test bed's host: its cores and memory). */
    static ServerFacts facts(DebianTarget target) {
        String[] answer = target.root("nproc; awk '/^MemTotal:/ {print $2}' /proc/meminfo").run().output().strip().split("\n");
        return new ServerFacts(Integer.parseInt(answer[0].strip()), Long.parseLong(answer[1].strip()) / 1024, List.of(), Set.of());
    }

    /** The warning a size gives on this machine; the tests need one the machine does not meet. */
    static String warningFor(DebianTarget target, MeetingSize size) {
        Optional<String> warning = Requirements.warning(facts(target), TuningTable.of(size));
        assertTrue(warning.isPresent(), "these tests need a test bed host smaller than " + size + " asks: " + facts(target));
        return warning.get();
    }

    @Test
    @Order(1)
    void aBareServersPlanWarnsBeforeAnythingIsInstalledAndABadProfileIsRefused(DebianTarget target,
                                                                              JitsiStandInRepository repository) {
        Plan plan = EngineRun.plan(target, dir, profile(target, repository, MeetingSize.UP_TO_100), ApplyOptions.defaults());
        Plan.Step tuning = plan.steps().stream().filter(s -> s.id().equals("tuning")).findFirst().orElseThrow();
        assertEquals(List.of(warningFor(target, MeetingSize.UP_TO_100)), tuning.warnings().stream().map(Notice::english).toList());
        assertEquals(1, tuning.changes().size());
        assertInstanceOf(PendingChange.class, tuning.changes().get(0));
        assertTrue(plan.describe().contains("  ! " + warningFor(target, MeetingSize.UP_TO_100)), plan.describe());

        Plan small = EngineRun.plan(target, dir, profile(target, repository, MeetingSize.UP_TO_10), ApplyOptions.defaults());
        assertEquals(Requirements.notice(facts(target), TuningTable.of(MeetingSize.UP_TO_10)).stream().toList(), small.warnings());

        assertThrows(InvalidProfileProblem.class, () -> EngineRun.plan(target, dir, profile(target, repository, null),
                ApplyOptions.defaults()));
        assertEquals("none", target.root("test -e /etc/jitsi && echo some || echo none").run().output().strip());
    }

    @Test
    @Order(2)
    void aFreshApplyPutsTheSizesValuesInEveryFileAndTheServicesRunWithThem(DebianTarget target,
                                                                          JitsiStandInRepository repository) {
        EngineRun run = new EngineRun();
        ApplyResult result = run.applyWith(target, dir, profile(target, repository, MeetingSize.UP_TO_100), ApplyOptions.defaults(), null);
        assertTrue(result.made().stream().anyMatch(s -> s.id().equals("tuning")));
        assertTrue(run.events().contains(new EngineEvent.Warning("tuning", warningFor(target, MeetingSize.UP_TO_100))),
                run.events().toString());
        assertEquals(List.of("prosody", "jicofo", "jitsi-videobridge2", "coturn", "nginx", "systemd-journald"), result.restarted());
        assertServerIsSetUpFor(target, MeetingSize.UP_TO_100);
    }

    @Test
    @Order(3)
    void aSecondApplyChangesAndRestartsNothingAndStillWarns(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        EngineRun run = new EngineRun();
        ApplyResult again = run.applyWith(target, dir, profile(target, repository, MeetingSize.UP_TO_100), ApplyOptions.defaults(), null);
        assertEquals(0, again.changeCount());
        assertEquals(List.of(), again.restarted());
        assertEquals(1, again.roundTrips(), "the whole state in one round trip, nothing written");
        EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file byte for byte, with its time stamps");
        assertTrue(run.events().contains(new EngineEvent.Warning("tuning", warningFor(target, MeetingSize.UP_TO_100))));
    }

    @Test
    @Order(4)
    void anotherSizeChangesExactlyItsValuesAndRestartsOnlyTheirServices(DebianTarget target, JitsiStandInRepository repository) {
        String bridge = mainPid(target, "jitsi-videobridge2");
        ApplyResult to50 = applyChangingFiles(target, repository, MeetingSize.UP_TO_50,
                Set.of(configJs(target), ServiceLimits.JICOFO.path(), ServiceLimits.PROSODY.path()));
        assertEquals(List.of("prosody", "jicofo"), to50.restarted());
        assertEquals(bridge, mainPid(target, "jitsi-videobridge2"), "the videobridge's settings are the same for 50 and 100");
        assertServerIsSetUpFor(target, MeetingSize.UP_TO_50);

        String prosody = mainPid(target, "prosody");
        ApplyResult to25 = applyChangingFiles(target, repository, MeetingSize.UP_TO_25,
                Set.of(configJs(target), JitsiFiles.JVB_CONF, JitsiFiles.JICOFO_CONF));
        assertEquals(List.of("jicofo", "jitsi-videobridge2"), to25.restarted());
        assertEquals(prosody, mainPid(target, "prosody"), "Prosody's limits are the same for 25 and 50");
        assertServerIsSetUpFor(target, MeetingSize.UP_TO_25);
    }

    /** Cut off after the tuning files are written, before the restarts: the next run restarts and ends as a clean run. */
    @Test
    @Order(5)
    void aRunCutOffAfterTheFilesConvergesOnTheNextRun(DebianTarget target, JitsiStandInRepository repository) {
        Profile profile = profile(target, repository, MeetingSize.UP_TO_100);
        AtomicBoolean cut = new AtomicBoolean();
        EngineListener cutter = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                if (event instanceof EngineEvent.ChangeMade made && made.step().equals("tuning") && cut.compareAndSet(false, true)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                }
            }

            @Override
            public void on(SshEvent event) {
            }
        };
        assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, profile, ApplyOptions.defaults(), cutter));
        assertTrue(cut.get(), "the run was cut where intended");
        assertEquals("jicofo\njitsi-videobridge2\nprosody", target.root("sort /etc/ownmeet/restart-pending").run().output().strip());

        ApplyResult rerun = EngineRun.apply(target, dir, profile, ApplyOptions.defaults());
        assertEquals(0, rerun.changeCount());
        assertEquals(List.of("prosody", "jicofo", "jitsi-videobridge2"), rerun.restarted());
        assertTrue(EngineRun.plan(target, dir, profile, ApplyOptions.defaults()).isEmpty(), "nothing left to change");
        assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
        assertServerIsSetUpFor(target, MeetingSize.UP_TO_100);
    }

    /** A hand-made mistake in jvb.conf: the run stops with a plain message, and no file changes. */
    @Test
    @Order(6)
    void aSettingsFileWithAMistakeStopsTheRunAndNothingChanges(DebianTarget target, JitsiStandInRepository repository) {
        String jvbConf = JitsiFiles.JVB_CONF;
        target.root("cp -a " + jvbConf + " /root/jvb.conf.good && printf 'videobridge {\\n  loudest {\\n' >> " + jvbConf).run();
        try {
            String before = EngineTestSupport.fingerprint(target);
            UnreadableSettingsProblem problem = assertThrows(UnreadableSettingsProblem.class,
                    () -> EngineRun.apply(target, dir, profile(target, repository, MeetingSize.UP_TO_50), ApplyOptions.defaults()));
            assertTrue(problem.userMessage().contains(jvbConf), problem.userMessage());
            assertTrue(problem.detail().contains("does not parse"), problem.detail());
            EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file as it was");
            assertEquals("active\nactive\nactive", target.root("systemctl is-active prosody jicofo jitsi-videobridge2 || true")
                    .run().output().strip());
        } finally {
            target.root("cp -a /root/jvb.conf.good " + jvbConf).run();
        }
        assertTrue(EngineRun.plan(target, dir, profile(target, repository, MeetingSize.UP_TO_100), ApplyOptions.defaults()).isEmpty());
    }

    /** Limits systemd would ignore: its own check finds them, and the files are put back byte for byte. */
    @Test
    @Order(7)
    void aLimitSystemdCannotReadIsUndoneByteForByte(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("broken-" + System.nanoTime()), e -> { })) {
            Engine engine = new Engine(List.of(new BrokenLimitsInstaller()));
            ChangeRejectedProblem rejected = assertThrows(ChangeRejectedProblem.class, () -> engine.apply(session,
                    profile(target, repository, MeetingSize.UP_TO_100), ApplyOptions.defaults(), EngineListener.NONE));
            assertTrue(rejected.detail().contains(ServiceLimits.JICOFO.path() + ":2: Failed to parse resource value"),
                    rejected.detail());
        }
        EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file as it was");
        assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
        assertEquals("active\nactive\nactive", target.root("systemctl is-active prosody jicofo jitsi-videobridge2 || true")
                .run().output().strip());
        assertServerIsSetUpFor(target, MeetingSize.UP_TO_100);
    }

    private ApplyResult applyChangingFiles(DebianTarget target, JitsiStandInRepository repository, MeetingSize size,
                                           Set<String> expected) {
        Map<String, String> before = byPath(EngineTestSupport.fingerprint(target));
        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository, size), ApplyOptions.defaults());
        Map<String, String> after = byPath(EngineTestSupport.fingerprint(target));
        Set<String> changed = new TreeSet<>();
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            if (!String.valueOf(before.get(path)).equals(String.valueOf(after.get(path)))) {
                changed.add(path);
            }
        }
        changed.removeIf(path -> path.startsWith("/etc/ownmeet/"));
        assertEquals(new TreeSet<>(expected), changed, size.name());
        assertEquals(expected.size(), result.changeCount());
        return result;
    }

    private static Map<String, String> byPath(String fingerprint) {
        Map<String, String> lines = new TreeMap<>();
        fingerprint.lines().forEach(line -> lines.put(line.substring(0, line.indexOf(' ')), line));
        return lines;
    }

    private static String configJs(DebianTarget target) {
        return CONFIG_JS_OF.formatted(target.domain());
    }

    /** The soft and hard limit of open files of a process. */
    private static List<String> openFiles(DebianTarget target, String pid) {
        String line = target.root("grep 'Max open files' /proc/" + pid + "/limits").run().output().strip();
        String[] fields = line.split("\\s+");
        return List.of(fields[3], fields[4]);
    }

    private static String mainPid(DebianTarget target, String service) {
        return target.root("systemctl show -p MainPID --value " + service).run().output().strip();
    }

    /** Every file has the size's values, the web server serves them, and the running services use them. */
    static void assertServerIsSetUpFor(DebianTarget target, MeetingSize size) {
        SizeTuning tuning = TuningTable.of(size);
        JavaHeap heap = JavaHeap.forMemory(facts(target).memoryMegabytes());
        String served = HostCommand.of("curl", "-sSfk", "--resolve", target.domain() + ":443:" + target.address(),
                "https://" + target.domain() + "/config.js").run().output();
        assertTrue(served.contains(WebAppTuning.block(tuning)), served);
        assertTrue(served.contains("config.hosts.anonymousdomain = 'guest." + target.domain() + "';"), "the authentication block stays");

        Config bridge = ConfigFactory.parseString(target.root("cat " + JitsiFiles.JVB_CONF).run().output());
        assertEquals(SizeTuning.hoconMap(tuning.lastNLimits()),
                bridge.getObject("videobridge.load-management.conference-last-n-limits").unwrapped());
        assertEquals(String.valueOf(tuning.routeLoudestOnly()), target.root("hocon -f " + JitsiFiles.JVB_CONF
                + " get videobridge.loudest.route-loudest-only").run().output().strip(), "the packages' own tool reads it so");
        Config focus = ConfigFactory.parseString(target.root("cat " + JitsiFiles.JICOFO_CONF).run().output());
        assertEquals(SizeTuning.hoconMap(tuning.signalingDelays()),
                focus.getObject("jicofo.conference.source-signaling-delays").unwrapped());
        assertTrue(focus.getBoolean("jicofo.authentication.enabled"), "the authentication settings stay");

        assertEquals(heap.videobridgeMegabytes() + "m\n" + heap.jicofoMegabytes() + "m", target.root(
                "(. /etc/jitsi/videobridge/config; echo $VIDEOBRIDGE_MAX_MEMORY); (. /etc/jitsi/jicofo/config; echo $JICOFO_MAX_MEMORY)")
                .run().output().strip());
        assertTrue(target.root("grep 'Starting jitsi-videobridge' /var/log/jitsi/jvb.log | tail -n 1").run().output()
                .contains("-Xmx" + heap.videobridgeMegabytes() + "m"), "the running videobridge has its memory");
        assertTrue(target.root("grep 'Starting Jicofo' /var/log/jitsi/jicofo.log | tail -n 1").run().output()
                .contains("-Xmx" + heap.jicofoMegabytes() + "m"), "the running jicofo has its memory");

        for (ServiceLimits limits : ServiceLimits.MEETING_SERVER) {
            assertEquals(limits.content(tuning), target.root("cat " + limits.path()).run().output());
        }
        String defaults = target.root("systemctl show -p DefaultLimitNOFILE --value").run().output().strip();
        for (String service : List.of("jicofo", "prosody")) {
            assertEquals(tuning.serviceLimit() > 0 ? String.valueOf(tuning.serviceLimit()) : defaults,
                    target.root("systemctl show -p LimitNOFILE --value " + service).run().output().strip(), service);
        }
        if (tuning.serviceLimit() > 0) {
            // the running processes have it, up to the container's own ceiling (soft and hard alike)
            String expected = String.valueOf(Math.min(tuning.serviceLimit(), Long.parseLong(openFiles(target, "1").get(1))));
            assertEquals(List.of(expected, expected), openFiles(target, "$(cat /var/run/jicofo.pid)"), "jicofo's open files");
            assertEquals(List.of(expected, expected), openFiles(target, mainPid(target, "prosody")), "Prosody's open files");
            assertTrue(target.root("grep 'Max processes' /proc/$(cat /var/run/jicofo.pid)/limits").run().output()
                    .contains(" " + tuning.serviceLimit() + " "), "jicofo's processes");
        }
        assertEquals("active\nactive\nactive\nactive", target.root(
                "systemctl is-active prosody jicofo jitsi-videobridge2 nginx || true").run().output().strip());
    }
}
