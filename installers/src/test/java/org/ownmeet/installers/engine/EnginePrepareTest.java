package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;

class EnginePrepareTest {

    @Test
    void prepareRunsEveryInstallersPreparationInTheBackgroundAndReturnsAtOnce() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(2);
        List<String> prepared = new CopyOnWriteArrayList<>();
        Engine engine = new Engine(List.of(preparing("first", release, prepared, done), preparing("second", null, prepared, done)));

        engine.prepare(ProfileSamples.school());
        assertEquals(List.of(), prepared, "the caller does not wait for the preparations");
        release.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("first", "second"), prepared);
    }

    private static Installer preparing(String id, CountDownLatch waitFor, List<String> prepared, CountDownLatch done) {
        return new Installer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return id;
            }

            @Override
            public StateRequest needs(Profile profile) {
                return StateRequest.of(List.of(), List.of());
            }

            @Override
            public void prepare(Profile profile) {
                try {
                    if (waitFor != null) {
                        waitFor.await();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                prepared.add(id);
                done.countDown();
            }

            @Override
            public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
                return List.of();
            }
        };
    }
}
