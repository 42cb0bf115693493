package org.ownmeet.installers.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.testbed.target.DebianTarget;

/** One run of the engine against a test-bed target, on a connection of its own, keeping what it reported. */
public final class EngineRun {
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    public static ApplyResult apply(DebianTarget target, Path dir, Profile profile, ApplyOptions options) {
        return new EngineRun().applyWith(target, dir, profile, options, null);
    }

    public ApplyResult applyWith(DebianTarget target, Path dir, Profile profile, ApplyOptions options, EngineListener also) {
        EngineListener listener = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                events.add(event);
                if (also != null) {
                    also.on(event);
                }
            }

            @Override
            public void on(SshEvent event) {
                if (also != null) {
                    also.on(event);
                }
            }
        };
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("run-" + System.nanoTime()), listener::on)) {
            return StandardInstallers.engine().apply(session, profile, options, listener);
        }
    }

    public static Plan plan(DebianTarget target, Path dir, Profile profile, ApplyOptions options) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("plan-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.engine().plan(session, profile, options);
        }
    }

    public List<EngineEvent> events() {
        return List.copyOf(events);
    }
}
