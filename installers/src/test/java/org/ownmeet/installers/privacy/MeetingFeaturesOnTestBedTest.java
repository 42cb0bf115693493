package org.ownmeet.installers.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.documents.DocumentFacts;
import org.ownmeet.installers.documents.DocumentFactsBuilder;
import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.documents.DocumentKind;
import org.ownmeet.installers.documents.Documents;
import org.ownmeet.installers.documents.ServerEvidence;
import org.ownmeet.installers.engine.AppliedRecord;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Shared video and local recording behave as the published notice says, judged from the served
 * config.js as a browser runs it; verify fails when either is put back by hand, and turning local
 * recording on changes the server and the notice together; the documents made from the profile the
 * server holds follow a changed retention; XMPP apps get in only over TLS; Firefox is kept out only by choice.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingFeaturesOnTestBedTest {
    @TempDir
    static Path dir;

    private static Profile profile(DebianTarget target, JitsiStandInRepository repository, boolean localRecording) {
        Profile base = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        return base.withOptions(new Profile.Options(false, false, false, localRecording))
                .withOrganisation(base.organisation().withDataProtection(ProfileSamples.schoolFacts()));
    }

    @Test
    @Order(1)
    void noSharedVideoAndNoRecordButtonAsTheNoticeSays(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        EngineRun.apply(target, dir, profile(target, repository, false), ApplyOptions.defaults());
        JsonNode served = served(target);
        assertTrue(served.path("disableThirdPartyRequests").asBoolean(), "Jitsi offers no shared video then");
        assertTrue(SharedVideo.allowances(served, target.domain()).isEmpty());
        assertTrue(served.path("localRecording").path("disable").asBoolean());
        String notice = PrivacyLifecycle.curl(target, "/ownmeet/privacy-notice.html");
        assertTrue(notice.contains("Sharing a video from another website (such as YouTube) is switched off"), notice);
        assertTrue(notice.contains("the meeting page&#39;s own recording button is switched off"), notice);
        VerificationReport report = verify(target, profile(target, repository, false));
        assertTrue(report.allPassed(), report.toString());
    }

    @Test
    @Order(2)
    void sharedVideoPutBackByHandFailsVerify(DebianTarget target, JitsiStandInRepository repository) {
        handEdit(target, "config.disableThirdPartyRequests = false;");
        var result = verify(target, profile(target, repository, false)).result(CheckId.NO_THIRD_PARTY_HOSTS);
        assertFalse(result.passed());
        assertTrue(result.reason().contains("share videos from other websites"), result.reason());
        handEdit(target, "config.sharedVideoAllowedURLDomains = [ 'vimeo.com' ];");
        assertFalse(verify(target, profile(target, repository, false)).result(CheckId.NO_THIRD_PARTY_HOSTS).passed());
        undoHandEdits(target);
    }

    @Test
    @Order(3)
    void theRecordButtonPutBackByHandFailsVerify(DebianTarget target, JitsiStandInRepository repository) {
        handEdit(target, "config.localRecording = { disable: false };");
        var result = verify(target, profile(target, repository, false)).result(CheckId.LOCAL_RECORDING);
        assertFalse(result.passed());
        assertTrue(result.reason().contains("although the privacy notice says the record button is off"), result.reason());
        undoHandEdits(target);
        assertTrue(verify(target, profile(target, repository, false)).result(CheckId.LOCAL_RECORDING).passed());
    }

    @Test
    @Order(4)
    void recordingTurnedOnTellsEveryoneOnTheServerAndInTheNotice(DebianTarget target, JitsiStandInRepository repository)
            throws Exception {
        EngineRun.apply(target, dir, profile(target, repository, true), ApplyOptions.defaults());
        JsonNode recording = served(target).path("localRecording");
        assertFalse(recording.path("disable").asBoolean());
        assertTrue(recording.path("notifyAllParticipants").asBoolean());
        assertTrue(PrivacyLifecycle.curl(target, "/ownmeet/privacy-notice.html").contains("when someone does, everyone in the"
                + " meeting is told"));
        assertTrue(verify(target, profile(target, repository, true)).result(CheckId.LOCAL_RECORDING).passed());
        handEdit(target, "config.localRecording.notifyAllParticipants = false;");
        assertFalse(verify(target, profile(target, repository, true)).result(CheckId.LOCAL_RECORDING).passed(),
                "recording without telling the others is not what the notice says");
        undoHandEdits(target);
        assertEquals(0, EngineRun.apply(target, dir, profile(target, repository, true), ApplyOptions.defaults()).changeCount());
    }

    /** The documents come from what the server holds: a changed retention, applied, changes both. */
    @Test
    @Order(5)
    void theDocumentsFollowTheProfileAppliedOnTheServer(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        for (int days : new int[] {7, 3}) {
            Profile changed = profile(target, repository, true).withLogging(new Profile.Logging(days, Profile.AccessLog.OFF));
            EngineRun.apply(target, dir, changed, ApplyOptions.defaults());
            AppliedRecord applied;
            try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("applied-" + days), e -> { })) {
                applied = StandardInstallers.engine().applied(session);
            }
            Profile onServer = ProfileFile.fromJson(applied.profileJson());
            assertEquals(days, onServer.logging().retentionDays());
            assertTrue(applied.versions().containsKey("jitsi-meet"), applied.versions().toString());
            DocumentFacts facts = DocumentFactsBuilder.of(onServer, new ServerEvidence(verify(target, onServer), Instant.now(),
                    applied.versions()), "en", LocalDate.now(), false);
            for (DocumentKind kind : DocumentKind.values()) {
                String text = new String(Documents.render(kind, DocumentFormat.HTML, facts), StandardCharsets.UTF_8);
                assertTrue(text.replaceAll("\\s+", " ").contains("after at most " + (days + 1) + " days"), kind + " " + days);
            }
            assertTrue(PrivacyLifecycle.curl(target, "/ownmeet/privacy-notice.html").replaceAll("\\s+", " ")
                    .contains("deleted after at most " + (days + 1) + " days"), "the published notice too");
        }
    }

    /** "Every connection is encrypted" holds for XMPP apps too: unencrypted logins put back by hand fail verify, a re-run repairs. */
    @Test
    @Order(6)
    void xmppAppsWithoutEncryptionPutBackByHandFailVerify(DebianTarget target, JitsiStandInRepository repository) {
        Profile profile = profile(target, repository, true).withLogging(new Profile.Logging(3, Profile.AccessLog.OFF));
        assertTrue(verify(target, profile).result(CheckId.NO_LOGIN_WITHOUT_TLS).passed());
        target.root("sed -i 's/c2s_require_encryption = true.*/c2s_require_encryption = false/' "
                + JitsiFiles.prosodyHost(target.domain()) + " && systemctl restart prosody").run();
        var result = verify(target, profile).result(CheckId.NO_LOGIN_WITHOUT_TLS);
        assertFalse(result.passed());
        EngineRun.apply(target, dir, profile, ApplyOptions.defaults());
        assertTrue(verify(target, profile).result(CheckId.NO_LOGIN_WITHOUT_TLS).passed());
    }

    /** Firefox kept out by choice: the served interface_config.js says so, verify sees it, and sees it put back by hand. */
    @Test
    @Order(7)
    void firefoxKeptOutByChoiceIsWhatTheServedPageSays(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        Profile keptOut = profile(target, repository, true).withLogging(new Profile.Logging(3, Profile.AccessLog.OFF));
        keptOut = keptOut.withOptions(keptOut.options().withExcludeFirefox(true));
        EngineRun.apply(target, dir, keptOut, ApplyOptions.defaults());
        assertTrue(unsupportedBrowsers(target).contains("firefox"), unsupportedBrowsers(target));
        assertTrue(verify(target, keptOut).result(CheckId.UNSUPPORTED_BROWSERS).passed());

        String own = "/etc/jitsi/meet/" + target.domain() + "-interface_config.js";
        target.root("echo \"interfaceConfig.UNSUPPORTED_BROWSERS = [];\" >> " + own).run();
        var result = verify(target, keptOut).result(CheckId.UNSUPPORTED_BROWSERS);
        assertFalse(result.passed());
        assertTrue(result.reason().contains("Firefox can join meetings, although you chose to keep it out"), result.reason());

        Profile letIn = keptOut.withOptions(keptOut.options().withExcludeFirefox(false));
        EngineRun.apply(target, dir, letIn, ApplyOptions.defaults());
        assertEquals("[]", unsupportedBrowsers(target), "the package's own file is served again");
        assertTrue(verify(target, letIn).result(CheckId.UNSUPPORTED_BROWSERS).passed());
    }

    private static String unsupportedBrowsers(DebianTarget target) throws Exception {
        return new ObjectMapper().readTree(ServedConfig.objectAsJson(PrivacyLifecycle.curl(target, "/interface_config.js"),
                "interface_config.js", "interfaceConfig")).path("UNSUPPORTED_BROWSERS").toString();
    }

    private static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("verify-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    private static JsonNode served(DebianTarget target) throws Exception {
        return new ObjectMapper().readTree(ServedConfig.asJson(PrivacyLifecycle.curl(target, "/config.js")));
    }

    /** A line an admin adds at the end of config.js, after OwnMeet's block, as a hand edit would. */
    private static void handEdit(DebianTarget target, String line) {
        target.root("echo \"" + line + " // by hand\" >> " + JitsiFiles.configJs(target.domain())).run();
    }

    private static void undoHandEdits(DebianTarget target) {
        target.root("sed -i '/ \\/\\/ by hand$/d' " + JitsiFiles.configJs(target.domain())).run();
    }
}
