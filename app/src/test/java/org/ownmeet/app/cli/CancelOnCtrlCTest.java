package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What the Ctrl-C hook does, called here directly (a real Ctrl-C would end this JVM). */
class CancelOnCtrlCTest {
    private final StringWriter printed = new StringWriter();
    private final AtomicInteger cancels = new AtomicInteger();

    @Test
    void ctrlCCancelsAndWaitsUntilTheCommandHasSaidWhatIsLeft() throws Exception {
        CancelOnCtrlC ctrlC = new CancelOnCtrlC(cancels::incrementAndGet, new PrintWriter(printed), Duration.ofMinutes(1));
        Thread hook = new Thread(ctrlC::interrupted);
        hook.start();
        hook.join(300);
        assertTrue(hook.isAlive(), "the hook waits for the command to finish");
        assertEquals(1, cancels.get());
        assertTrue(printed.toString().contains("Stopping safely"), printed.toString());
        ctrlC.close();
        hook.join(5000);
        assertFalse(hook.isAlive(), "the hook lets the program end once the command has printed its end");
    }

    @Test
    void theWaitIsBounded() {
        CancelOnCtrlC ctrlC = new CancelOnCtrlC(cancels::incrementAndGet, new PrintWriter(printed), Duration.ofMillis(50));
        long start = System.nanoTime();
        ctrlC.interrupted();
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        assertEquals(1, cancels.get());
    }

    @Test
    void afterTheCommandCtrlCNoLongerCancels() {
        CancelOnCtrlC ctrlC = CancelOnCtrlC.install(cancels::incrementAndGet, new PrintWriter(printed));
        ctrlC.close();
        ctrlC.interrupted();
        assertEquals(0, cancels.get());
        assertEquals("", printed.toString());
    }
}
