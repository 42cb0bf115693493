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

    @Test
    void aBlockInsideAServerBlockGoesAfterItsListenLinesIndentedLikeThem() {
        String site = "server {\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    listen [::]:443 ssl;\n    root /x;\n}\n";
        java.util.regex.Pattern anchor = java.util.regex.Pattern.compile("^\\s*listen\\s+(\\[::\\]:)?443\\b");
        String once = ManagedBlock.putAfter(site, "#", "welcome-page", "location = /a {\n    alias /b;\n}", anchor);
        assertEquals("server {\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    listen [::]:443 ssl;\n"
                + "    # BEGIN OwnMeet welcome-page (OwnMeet rewrites this block; edit outside it)\n"
                + "    location = /a {\n        alias /b;\n    }\n    # END OwnMeet welcome-page\n    root /x;\n}\n", once);
        assertEquals(once, ManagedBlock.putAfter(once, "#", "welcome-page", "location = /a {\n    alias /b;\n}", anchor));
        String changed = ManagedBlock.putAfter(once, "#", "welcome-page", "location = /c { }", anchor);
        assertTrue(changed.contains("    location = /c { }\n    # END OwnMeet welcome-page\n    root /x;"), changed);
        assertEquals(null, ManagedBlock.putAfter("server {\n    listen 80;\n}\n", "#", "x", "y;", anchor));
    }
}
