package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.packages.JitsiUpgradeInstaller;
import org.ownmeet.installers.packages.JitsiVersions;
import org.ownmeet.installers.packages.TargetSystem;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.sshlogin.SshLoginInstaller;
import org.ownmeet.installers.tuning.Requirements;
import org.ownmeet.installers.tuning.TuningTable;

/**
 * The engine's notices (an unsupported system, a server too small for the meetings) in the three
 * languages: in English the engine's own sentence, in German and Italian a translation with every
 * value filled in.
 */
class NoticeTextsTest {

    private static List<Notice> samples() {
        List<Notice> notices = new ArrayList<>();
        String sets = "OwnMeet sets up " + TargetSystem.SUPPORTED + "; ";
        notices.add(Notice.of("system.unsupported", sets + "this server runs CentOS Stream 9.", "CentOS Stream 9"));
        notices.add(Notice.of("system.unknown", sets + "it could not find out which system this server runs."));
        // as the certificates and firewall steps write them in a plan (their servers are only on the test bed)
        notices.add(Notice.of("certificates.held-back", "Let's Encrypt turned down the last request less than an hour ago "
                + "(too many requests); OwnMeet will not ask again before the hour is over.", "Let's Encrypt", "too many requests"));
        notices.add(Notice.of("certificates.no-address", "meet.example.org has no address record yet, so the run will stop "
                + "before asking Let's Encrypt for a certificate.", "meet.example.org", "Let's Encrypt"));
        notices.add(Notice.of("certificates.points-elsewhere", "meet.example.org points to 198.51.100.9, and this server has "
                + "203.0.113.7. Unless those addresses lead here (a router passing port 80 on), the run will stop before asking "
                + "Let's Encrypt for a certificate.", "meet.example.org", "198.51.100.9", "203.0.113.7", "Let's Encrypt"));
        notices.add(Notice.of("firewall.left-as-is", "OwnMeet no longer looks after the firewall. ufw stays as it is, with the "
                + "rules OwnMeet made (marked \"OwnMeet\" in 'ufw status'); remove them with 'ufw delete', or turn ufw off with "
                + "'ufw disable', if you want to."));
        notices.add(Notice.of("firewall.rule-blocks", "A firewall rule of your own blocks 10000/udp (media), which the meetings "
                + "need. OwnMeet leaves your rules alone; remove it with 'ufw delete'.", "10000/udp", "media"));
        notices.add(JitsiUpgradeInstaller.notice(new JitsiVersions(List.of(new JitsiVersions.Newer("jicofo", "1.0-1178-1",
                "1.0-1190-1"), new JitsiVersions.Newer("jitsi-meet-web", "1.0.9142-1", "1.0.9205-1")))));
        notices.add(SshLoginInstaller.KEY_NEEDED);
        // as the videobridges' steps write them in a plan
        notices.add(Notice.of("bridge.not-in-profile", "The videobridge bridge2 is no longer in the profile; its account stays"
                + " on the server until you confirm its removal.", "bridge2"));
        notices.add(Notice.of("bridge.firewall-by-hand", "OwnMeet does not look after this server's firewall: let the videobridge"
                + " servers reach its port 5222/tcp yourself, and nobody else."));
        long[][] servers = {{0, 0}, {1, 900}, {1, 64_000}, {2, 24_000}, {64, 900}, {64, 3_000}};
        for (MeetingSize size : MeetingSize.values()) {
            for (long[] server : servers) {
                Requirements.notice(new ServerFacts((int) server[0], server[1], List.of(), Set.of()), TuningTable.of(size))
                        .ifPresent(notices::add);
            }
        }
        return notices;
    }

    @Test
    void inEnglishEachNoticeIsTheEnginesOwnSentence() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        for (Notice notice : samples()) {
            assertEquals(notice.english(), english.notice(notice), notice.code() + " " + notice.arguments());
        }
    }

    @Test
    void inGermanAndItalianEachNoticeIsTranslatedWithItsValues() {
        for (Locale language : List.of(Locale.GERMAN, Locale.ITALIAN)) {
            Texts texts = Texts.forLocale(language);
            for (Notice notice : samples()) {
                String shown = texts.notice(notice);
                assertNotEquals(notice.english(), shown, "not translated: " + notice.code());
                assertFalse(shown.contains("{"), language + " " + notice.code() + ": " + shown);
                assertFalse(texts.get("notice." + notice.code()).replace("''", "").contains("'"), "a lone apostrophe in "
                        + language + " " + notice.code());
                // each value the English sentence names is named in the translation too
                notice.arguments().stream().filter(value -> !value.matches("\\d+") && notice.english().contains(value))
                        .forEach(value -> assertTrue(shown.contains(value), language + " lacks " + value + ": " + shown));
            }
        }
    }

    @Test
    void everyNoticeTextBelongsToANoticeTheEngineGives() {
        Set<String> given = new TreeSet<>(samples().stream().map(n -> "notice." + n.code()).toList());
        Set<String> keys = new TreeSet<>(Texts.forLocale(Locale.ENGLISH).bundle().keySet().stream()
                .filter(key -> key.startsWith("notice.")).toList());
        assertEquals(given, keys);
    }

    @Test
    void aNoticeWithoutTranslationShowsTheEnginesEnglish() {
        assertEquals("Something new.", Texts.forLocale(Locale.GERMAN).notice(Notice.of("something.new", "Something new.")));
    }
}
