package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ManagedBlockTest {
    private static final String CONFIG = "var config = {\n    hosts: { domain: 'meet.example.org' },\n};\n";

    @Test
    void addsOnceAndReplacesInPlace() {
        String once = ManagedBlock.put(CONFIG, "//", "authentication", "config.hosts.anonymousdomain = 'guest.meet.example.org';");
        assertTrue(once.startsWith(CONFIG), "the package's lines stay first and as they were");
        assertEquals(once, ManagedBlock.put(once, "//", "authentication", "config.hosts.anonymousdomain = 'guest.meet.example.org';"));
        String changed = ManagedBlock.put(once + "// a line of the user's\n", "//", "authentication", "config.x = 1;");
        assertTrue(changed.contains("config.x = 1;\n// END OwnMeet authentication\n// a line of the user's\n"), changed);
        assertTrue(!changed.contains("anonymousdomain"));
    }

    @Test
    void blocksOfDifferentInstallersLiveSideBySide() {
        String both = ManagedBlock.put(ManagedBlock.put(CONFIG, "//", "authentication", "a = 1;"), "//", "privacy", "b = 2;");
        String again = ManagedBlock.put(both, "//", "authentication", "a = 3;");
        assertTrue(again.contains("a = 3;") && again.contains("b = 2;") && !again.contains("a = 1;"), again);
    }
}
