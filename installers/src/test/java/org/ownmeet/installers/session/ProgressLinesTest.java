package org.ownmeet.installers.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.ssh.event.SshEvent;

class ProgressLinesTest {

    @Test
    void eachEventIsTheLineTheCommandLinePrints() {
        assertEquals(List.of("==> Install Jitsi Meet"), ProgressLines.of(new EngineEvent.StepStarted("packages", "Install Jitsi Meet")));
        assertEquals(List.of("  - Create /etc/x"), ProgressLines.of(new EngineEvent.ChangeMade("privacy", "Create /etc/x")));
        assertEquals(List.of("  ... System updates"), ProgressLines.of(new EngineEvent.Waiting("System updates")));
        assertEquals(List.of("  ! small server"), ProgressLines.of(new EngineEvent.Warning("tuning", "small server")));
        assertEquals(List.of("  note: a note"), ProgressLines.of(new EngineEvent.Note("a note")));
        assertEquals(List.of("  restarted nginx"), ProgressLines.of(new EngineEvent.Restarted("nginx")));
        assertEquals(List.of("  ! the prosody check failed; the files were put back. It said:", "    | line one", "    | line two"),
                ProgressLines.of(new EngineEvent.ChecksFailedAndUndone("Auth", "Prosody", "line one\nline two")));
    }

    @Test
    void aFinishedStepSaysHowLongItTookInTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
            assertEquals(List.of("  (packages: 12.3 s)"), ProgressLines.of(new EngineEvent.StepFinished("packages", Duration.ofMillis(12_345))));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void theServersOutputIsIndentedAndOtherConnectionEventsPrintNothing() {
        assertEquals(Optional.of("    | Setting up nginx"),
                ProgressLines.of(new SshEvent.OutputLine("install", SshEvent.Stream.STDOUT, "Setting up nginx")));
        assertEquals(Optional.empty(), ProgressLines.of(new SshEvent.FileUnchanged("/etc/x")));
    }
}
