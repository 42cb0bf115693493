package org.ownmeet.installers.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * The server's logs hold no visitor's address and are deleted after the days the user chose: nginx
 * without an access log or with shortened addresses, Prosody, jicofo and the videobridge at warning
 * level (the videobridge also redacting addresses itself), coturn without a log, logrotate keeping
 * each log the chosen days, and the system journal as long. Applied again after an upgrade of the
 * packages, it puts back what they reset. On an extra videobridge server ({@link #forVideobridge}) the same
 * rules hold for what is there: the videobridge's log, logrotate and the journal.
 */
public final class LoggingInstaller implements Installer {
    private final boolean meetingServer;

    public LoggingInstaller() {
        this(true);
    }

    private LoggingInstaller(boolean meetingServer) {
        this.meetingServer = meetingServer;
    }

    /**
     * On an extra videobridge server: its log at warnings and errors only, logrotate and the journal keeping the chosen
     * days. Its jvb.conf, which the bridges' step writes whole, takes {@link #videobridgeSettings} from here.
     */
    public static LoggingInstaller forVideobridge() {
        return new LoggingInstaller(false);
    }

    /** The videobridge's own redaction of participants' addresses, by their paths in jvb.conf. */
    public static Map<String, Object> videobridgeSettings() {
        return JavaLogging.REDACTION;
    }

    /** Whether the videobridge's logging.properties keeps its log to warnings and errors, as this step writes it. */
    public static boolean videobridgeLogsWarningsOnly(String properties) {
        return JavaLogging.warningsOnly(properties).equals(properties);
    }

    @Override
    public String id() {
        return "logging";
    }

    @Override
    public String title() {
        return "Logs without visitors' addresses, deleted after the days you chose";
    }

    @Override
    public StateRequest needs(Profile profile) {
        List<String> files = new ArrayList<>(meetingServer ? jitsiFiles(profile.domain()) : List.of(JavaLogging.VIDEOBRIDGE));
        files.add(NginxLogging.SNIPPET);
        files.addAll(LogRotation.FILES);
        files.add(JournalRetention.PATH);
        files.add(TurnServerLogging.PATH);
        return StateRequest.of(files, List.of(LogrotateRuns.PROBE, JournalRetention.STORED_PROBE));
    }

    @Override
    public StateRequest followUp(ServerState state, Profile profile) {
        return meetingServer ? JavaLogging.addressRedaction().followUp(state) : StateRequest.of(List.of(), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        int days = profile.logging().retentionDays();
        List<Change> changes = new ArrayList<>(LogrotateRuns.changes(state.probe(LogrotateRuns.PROBE.id()), options.packageLockWait()));
        if (!meetingServer) {
            changes.add(state.file(JavaLogging.VIDEOBRIDGE).exists() ? videobridgeLog(state) : new PendingChange(
                    "Keep the videobridge's log to warnings and errors", "once the videobridge is installed"));
        } else if (jitsiFiles(profile.domain()).stream().allMatch(path -> state.file(path).exists())) {
            changes.addAll(visitorAddresses(state, profile));
        } else {
            changes.add(new PendingChange("Keep visitors' addresses out of the logs of nginx, Prosody, jicofo and the videobridge",
                    "once Jitsi Meet is installed: " + (NginxLogging.keepsAccessLog(profile.logging())
                            ? "an access log with shortened addresses" : "no access log") + ", warnings and errors only"));
        }
        for (String path : LogRotation.FILES) {
            if (state.file(path).exists()) {
                changes.add(edit(state, path, "logrotate keeps these logs " + days + " day(s)",
                        text -> LogRotation.withRetention(text, days), Validator.LOGROTATE, Set.of()));
            }
        }
        changes.add(FileChange.ifDifferent("the system journal keeps its entries " + days + " day(s)",
                state.file(JournalRetention.PATH), FileWrite.of(JournalRetention.PATH, JournalRetention.content(days)).withMode("644"),
                Validator.NONE, Set.of(JournalRetention.SERVICE)));
        if (days == 0 && JournalRetention.hasStoredFiles(state.probe(JournalRetention.STORED_PROBE.id()))) {
            changes.add(new ForgetStoredJournal());
        }
        return changes.stream().filter(Objects::nonNull).toList();
    }

    private static List<Change> visitorAddresses(ServerState state, Profile profile) {
        String site = JitsiFiles.nginxSite(profile.domain());
        List<Change> changes = new ArrayList<>();
        if (!NginxLogging.readsConfD(state.file(NginxLogging.MAIN).text())) {
            throw new UnreadableLogSettingsProblem(NginxLogging.MAIN, "it does not include /etc/nginx/conf.d/*.conf, where "
                    + "OwnMeet's log settings go");
        }
        changes.add(FileChange.ifDifferent("nginx keeps no access log unless a site sets one, and only serious errors",
                state.file(NginxLogging.SNIPPET), FileWrite.of(NginxLogging.SNIPPET, NginxLogging.CONTENT).withMode("644"),
                Validator.NGINX, Set.of("nginx")));
        changes.add(edit(state, site, NginxLogging.keepsAccessLog(profile.logging())
                        ? "the meeting site's access log keeps shortened addresses only" : "the meeting site keeps no access log",
                text -> NginxLogging.siteConfig(text, profile.logging()), Validator.NGINX, Set.of("nginx")));
        changes.add(edit(state, ProsodyLogging.PATH, "Prosody logs warnings and errors only", ProsodyLogging::withWarningsOnly,
                Validator.PROSODY, Set.of("prosody")));
        changes.add(edit(state, JavaLogging.JICOFO, "jicofo logs warnings and errors only", JavaLogging::warningsOnly,
                Validator.NONE, Set.of("jicofo")));
        changes.add(videobridgeLog(state));
        changes.add(JavaLogging.addressRedaction().change(state, "the videobridge leaves participants' addresses out of its log",
                Set.of("jitsi-videobridge2")));
        if (state.file(TurnServerLogging.PATH).exists()) {
            changes.add(edit(state, TurnServerLogging.PATH, "coturn keeps no log (it cannot leave addresses out)",
                    TurnServerLogging::withoutLog, Validator.NONE, Set.of("coturn")));
        }
        return changes;
    }

    private static FileChange videobridgeLog(ServerState state) {
        return edit(state, JavaLogging.VIDEOBRIDGE, "the videobridge logs warnings and errors only", JavaLogging::warningsOnly,
                Validator.NONE, Set.of("jitsi-videobridge2"));
    }

    /** The file as {@code edit} makes it, or null if it already is; a file the edit cannot read is a problem, not a guess. */
    private static FileChange edit(ServerState state, String path, String why, UnaryOperator<String> edit, Validator validator,
            Set<String> restarts) {
        FileSnapshot file = state.file(path);
        String edited;
        try {
            edited = edit.apply(file.text());
        } catch (IllegalArgumentException e) {
            throw new UnreadableLogSettingsProblem(path, e.getMessage());
        }
        return FileChange.ifDifferent(why, file, FileWrite.of(path, edited), validator, restarts);
    }

    /** The files of Jitsi and its servers that OwnMeet edits; they come with the packages. */
    private static List<String> jitsiFiles(String domain) {
        return List.of(NginxLogging.MAIN, JitsiFiles.nginxSite(domain), ProsodyLogging.PATH, JavaLogging.JICOFO,
                JavaLogging.VIDEOBRIDGE, JitsiFiles.JVB_CONF);
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        RetentionCheck retention = new RetentionCheck(profile.logging().retentionDays());
        return meetingServer ? List.of(new ClientAddressCheck(), retention) : List.of(retention);
    }
}
