package org.ownmeet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterFirstScreenTest {
    @Test
    void workWaitsInOrderUntilTheFirstScreenAndGoesStraightThroughAfter() {
        List<String> ran = new ArrayList<>();
        AfterFirstScreen gate = new AfterFirstScreen(Runnable::run);
        gate.execute(() -> ran.add("saved servers"));
        gate.execute(() -> ran.add("second"));
        assertEquals(List.of(), ran, "nothing runs before the first screen");
        gate.open();
        assertEquals(List.of("saved servers", "second"), ran);
        gate.execute(() -> ran.add("later"));
        gate.open();
        assertEquals(List.of("saved servers", "second", "later"), ran);
    }
}
