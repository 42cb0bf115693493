package org.ownmeet.steps.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.summary.ServerRecords;

/** After a run the profile is saved for the next start, and nothing secret of that run goes with it. */
class ProfileKeeperTest {
    @TempDir
    Path dir;

    @Test
    void aSuccessfulRunSavesTheProfileAndNoSecretOfTheRun() throws IOException {
        String canary = "canary-" + System.nanoTime();
        WizardSession session = StepTests.session(ServerRecords.school());
        SavedProfiles store = new SavedProfiles(dir);
        ProfileKeeper keeper = new ProfileKeeper(session, store).attach();
        try (Secret oneTime = Secret.of(canary)) {
            session.appliedProperty().set(new ApplyResult(List.of(), List.of(), List.of(new ApplyContext.HostCredential("carol", oneTime)),
                    Map.of(), Duration.ofSeconds(1), 1));
        }
        assertEquals("", keeper.problemProperty().get());
        assertEquals(ServerRecords.school(), store.find("203.0.113.5", 22).orElseThrow());
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> saved = files.filter(Files::isRegularFile).toList();
            assertEquals(1, saved.size());
            for (Path file : saved) {
                assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(canary), file.toString());
            }
        }
    }

    @Test
    void noRunNoSaveAndAFolderThatCannotBeWrittenCostsOnlyTheOffer() throws IOException {
        WizardSession session = StepTests.session(ServerRecords.school());
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder would be");
        ProfileKeeper keeper = new ProfileKeeper(session, new SavedProfiles(blocked)).attach();
        session.appliedProperty().set(null);
        assertEquals("", keeper.problemProperty().get());
        session.appliedProperty().set(new ApplyResult(List.of(), List.of(), List.of(), Map.of(), Duration.ZERO, 1));
        assertFalse(keeper.problemProperty().get().isEmpty());
        keeper.detach();
    }
}
