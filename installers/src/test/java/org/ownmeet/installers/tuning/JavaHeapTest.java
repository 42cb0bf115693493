package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaHeapTest {

    @ParameterizedTest
    @CsvSource({
            // memory the system reports (MB), videobridge, jicofo
            "0,      768,  512",
            "1990,   768,  512",
            "3900,  1280,  512",
            "7957,  3840, 1280",
            "15990, 8192, 2816",
            "24000, 8192, 3072",
            "32000, 8192, 3072"})
    void sizedToTheServersMemoryWithinFloorAndCeiling(long memory, int videobridge, int jicofo) {
        assertEquals(new JavaHeap(videobridge, jicofo), JavaHeap.forMemory(memory));
    }

    @Test
    void onEveryServerBigEnoughForMeetingsTheRestKeepsItsShare() {
        for (long memory = 3600; memory <= 65536; memory += 100) {
            JavaHeap heap = JavaHeap.forMemory(memory);
            assertTrue(heap.videobridgeMegabytes() + heap.jicofoMegabytes() <= memory - JavaHeap.KEPT_FOR_THE_REST_MB,
                    memory + " MB: " + heap);
            assertEquals(0, heap.videobridgeMegabytes() % JavaHeap.STEP_MB);
            assertEquals(0, heap.jicofoMegabytes() % JavaHeap.STEP_MB);
        }
    }

    @ParameterizedTest
    @CsvSource({
            // memory the system reports (MB), the videobridge's heap where it runs alone
            "0,      768",
            "1990,   768",
            "3900,  2048",
            "7957,  5376",
            "15990, 8192"})
    void aVideobridgeAloneGetsMostOfItsServer(long memory, int videobridge) {
        assertEquals(new JavaHeap(videobridge, 0), JavaHeap.forVideobridgeServer(memory));
    }
}
