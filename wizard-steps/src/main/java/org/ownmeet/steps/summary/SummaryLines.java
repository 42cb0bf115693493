package org.ownmeet.steps.summary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileDifferences;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.steps.api.Texts;

/** What the summary page says, in the user's words: the profile's settings, the runs, a difference, what would be taken over. */
final class SummaryLines {
    private static final String JITSI = "jitsi-meet-web";
    private final Texts texts;
    private final DateTimeFormatter when;

    SummaryLines(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale()).withZone(zone);
    }

    /** One line per setting the manage pages edit, as "name: value". */
    List<String> settings(Profile profile) {
        List<String> lines = new ArrayList<>();
        lines.add(line(ProfileFields.DOMAIN, profile.domain()));
        lines.add(line(ProfileFields.HOST_ACCOUNTS, profile.hostAccounts().isEmpty() ? texts.get("summary.none")
                : String.join(", ", profile.hostAccounts().stream().map(Profile.HostAccount::username).toList())));
        lines.add(line(ProfileFields.RETENTION_DAYS, Integer.toString(profile.logging().retentionDays())));
        lines.add(line(ProfileFields.ACCESS_LOG, plain(profile.logging().accessLog() == Profile.AccessLog.OFF
                ? "privacy.accessLog.off" : "privacy.accessLog.anonymised")));
        lines.add(line(ProfileFields.MEETING_SIZE, plain("meeting.size." + key(profile.meetingSize().name()))));
        lines.add(line(ProfileFields.CERTIFICATE_MODE, plain(switch (profile.certificates().mode()) {
            case LETS_ENCRYPT -> "domain.letsEncrypt";
            case OWN_FILES -> "domain.ownFiles";
            case SELF_SIGNED -> "domain.selfSigned";
        })));
        lines.add(line("options.peerToPeer", yesNo(profile.options().peerToPeer())));
        lines.add(line("options.firewall", yesNo(profile.options().firewall())));
        return lines;
    }

    /** The newest runs first: when, how many changes, and Jitsi's version then. */
    List<String> runs(AppliedRecord record) {
        List<String> lines = new ArrayList<>();
        List<AppliedRecord.Run> runs = record.runs();
        for (int i = runs.size() - 1; i >= 0 && lines.size() < 3; i--) {
            AppliedRecord.Run run = runs.get(i);
            String version = run.versions().getOrDefault(JITSI, run.versions().getOrDefault("jitsi-meet", "?"));
            lines.add(texts.format("summary.run", when.format(run.time()), run.changeCount(), version));
        }
        return lines;
    }

    /** The Jitsi Meet version installed now, if any. */
    String installed(AppliedRecord record) {
        String version = record.installedVersions().getOrDefault(JITSI, record.installedVersions().get("jitsi-meet"));
        return version == null ? "" : texts.format("summary.installed", version);
    }

    /** What OwnMeet would set up its own way on a server whose Jitsi was installed by hand: every concern but the packages. */
    List<String> takenOver() {
        return StandardInstallers.all().stream().filter(installer -> !installer.id().equals("packages"))
                .map(installer -> texts.installer(installer.id(), installer.title())).toList();
    }

    /** "Days the logs are kept: 7 on this computer, 14 on the server". */
    String difference(ProfileDifferences.Difference difference) {
        return texts.format("summary.saved.difference", texts.fieldName(difference.path()), shown(difference.first()),
                shown(difference.second()));
    }

    private String shown(String value) {
        return value.isEmpty() ? texts.get("summary.none") : value;
    }

    private String line(String path, String value) {
        return texts.format("summary.setting", texts.fieldName(path), value == null || value.isBlank() ? texts.get("summary.none") : value);
    }

    private String yesNo(boolean on) {
        return texts.get(on ? "summary.on" : "summary.off");
    }

    private String plain(String key) {
        return texts.get(key).replace("_", "");
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
