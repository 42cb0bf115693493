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

    @Test
    void logrotateCountsOnlyErrorsItDidNotReportBefore() {
        String before = "reading config file fail2ban\nerror: fail2ban:3 unknown option 'x' -- ignoring line\nHandling 8 logs\n";
        assertTrue(Validator.LOGROTATE.accepts(0, before.replace("Handling 8", "Handling 9"), before));
        assertTrue(Validator.LOGROTATE.accepts(1, before, before));
        assertFalse(Validator.LOGROTATE.accepts(0, before + "error: nginx:4 bad rotation count '-1'\n", before),
                "logrotate exits 0 after most errors");
        assertFalse(Validator.LOGROTATE.accepts(1, "error: nginx:1 duplicate log entry for /var/log/nginx/access.log\n", before));
        assertFalse(Validator.LOGROTATE.accepts(127, "bash: logrotate: command not found", before));
    }
}
