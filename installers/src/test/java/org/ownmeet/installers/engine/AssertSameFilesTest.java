package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AssertSameFilesTest {
    private static final String BEFORE = "/etc/a 644 root 1.0 aaa\n/etc/b 644 root 1.0 bbb\n/etc/c 600 root 1.0 ccc\n";

    @Test
    void theSameListingPasses() {
        EngineTestSupport.assertSameFiles(BEFORE, BEFORE);
    }

    @Test
    void aDifferenceNamesOnlyTheLinesThatDiffer() {
        String after = BEFORE.replace("/etc/b 644 root 1.0 bbb", "/etc/b 644 root 2.0 bbc");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> EngineTestSupport.assertSameFiles(BEFORE, after, "every file as it was"));
        assertEquals("""
                every file as it was: the files differ
                --- before
                +++ after
                @@ -2,1 +2,1 @@
                -/etc/b 644 root 1.0 bbb
                +/etc/b 644 root 2.0 bbc""", failure.getMessage());
    }
}
