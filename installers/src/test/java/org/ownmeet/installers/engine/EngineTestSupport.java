package org.ownmeet.installers.engine;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.junit.jupiter.api.Assertions;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/** Profiles for the test bed's targets, and the files the installers own, to compare byte for byte. */
public final class EngineTestSupport {
    private EngineTestSupport() {
    }

    public static Profile profile(DebianTarget target, JitsiStandInRepository repository, JitsiShape shape, String... hosts) {
        return new Profile(Profile.CURRENT_SCHEMA, new Profile.Server(target.address(), 22, target.user()), target.domain(),
                "admin@" + target.domain(), java.util.Arrays.stream(hosts).map(Profile.HostAccount::new).toList(),
                new Profile.Certificates(Profile.CertificateMode.SELF_SIGNED, null, null, null),
                new Profile.Logging(7, Profile.AccessLog.OFF), Profile.MeetingSize.UP_TO_25,
                new Profile.Organisation("Grundschule am Park", "Parkweg 1, 12345 Musterstadt", "office@" + target.domain(), null),
                "en", new Profile.Options(true, false, false),
                new Profile.PackageSources(repository.url(shape), "stable/", repository.keyUrl()));
    }

    /**
     * Content, mode, owner and modification time of everything OwnMeet and the packages own in the
     * folders and files the installers work in, ufw's files included once ufw is installed.
     */
    public static String fingerprint(DebianTarget target) {
        return target.root("find /etc/prosody /etc/jitsi /etc/nginx /etc/ownmeet /etc/apt/sources.list.d /usr/share/keyrings "
                + "/var/lib/prosody /etc/systemd/system /etc/logrotate.d /etc/turnserver.conf "
                + "$(ls -d /etc/systemd/journald.conf.d /etc/ufw /etc/default/ufw 2>/dev/null) -type f "
                + "-printf '%p %m %u %T@ ' -exec sha256sum {} \\; | sort").run().output();
    }

    /**
     * Fails unless two listings of {@link #fingerprint} are the same, naming only the lines that differ:
     * the whole listing (hundreds of lines) in a message would hide every later failure of a run.
     */
    public static void assertSameFiles(String expected, String actual, String message) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> before = expected.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", before,
                DiffUtils.diff(before, actual.lines().toList()), 0);
        Assertions.fail(message + ": the files differ\n" + String.join("\n", diff));
    }

    public static void assertSameFiles(String expected, String actual) {
        assertSameFiles(expected, actual, "every file as it was");
    }
}
