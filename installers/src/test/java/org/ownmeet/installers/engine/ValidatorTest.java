package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Prosody's check also warns about what the packages' own configuration does; only new findings count. */
class ValidatorTest {
    private static final String BEFORE = """
            Checking config...
                The following configuration files have been loaded:
                  -  /etc/prosody/conf.d/meet.example.org.cfg.lua
                  -  /etc/prosody/prosody.cfg.lua
                You have some obsolete options you can remove from the global section:
                cross_domain_bosh
            Done.
            Problems found, see above.
            """;

    @Test
    void theSameWarningsAndAnotherLoadedFileAreFine() {
        String after = BEFORE.replace("  -  /etc/prosody/prosody.cfg.lua",
                "  -  /etc/prosody/conf.d/guest.meet.example.org.cfg.lua\n      -  /etc/prosody/prosody.cfg.lua");
        assertTrue(Validator.PROSODY.accepts(1, after, BEFORE));
        assertTrue(Validator.PROSODY.accepts(0, "All checks passed", BEFORE));
    }

    @Test
    void aNewFindingOrABrokenFileIsNot() {
        assertFalse(Validator.PROSODY.accepts(1, BEFORE.replace("cross_domain_bosh", "cross_domain_bosh\n    allow_registration is misplaced"), BEFORE));
        assertFalse(Validator.PROSODY.accepts(1, "A problem occurred while reading the config file /etc/prosody/prosody.cfg.lua", BEFORE));
        assertFalse(Validator.NGINX.accepts(1, "nginx: [emerg] unexpected \"}\"", null));
    }
}
