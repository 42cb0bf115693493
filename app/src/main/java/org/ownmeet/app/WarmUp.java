package org.ownmeet.app;

import java.util.List;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.validation.ProfileValidator;

/**
 * Loads, on a background thread once the first screen is up, what the first keystroke in a field would
 * otherwise load on the FX thread: the profile rules with ICU's domain-name tables and the public
 * suffix list (a few hundred milliseconds, which the window would otherwise freeze for).
 */
final class WarmUp {
    private WarmUp() {
    }

    static void startInBackground() {
        Thread thread = new Thread(() -> {
            Profile sample = Profile.newProfile();
            ProfileValidator.validate(new Profile(sample.schemaVersion(), new Profile.Server("server.example.org", 22, "admin"),
                    "meet.example.org", "admin@example.org", List.of(new Profile.HostAccount("alice")), sample.certificates(),
                    sample.logging(), sample.meetingSize(), new Profile.Organisation("School", null, "office@example.org", null),
                    sample.language(), sample.options(), sample.packageSources()));
        }, "ownmeet-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
