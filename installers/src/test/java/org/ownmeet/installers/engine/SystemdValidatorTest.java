package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** systemd's check looks at the units of the drop-ins written and fails only on findings in those files. */
class SystemdValidatorTest {

    @Test
    void verifiesTheDropInsUnitsAndFailsOnlyOnLinesAboutTheWrittenFiles() {
        String script = Validator.SYSTEMD.script(List.of("/etc/systemd/system/jicofo.service.d/ownmeet-tuning.conf",
                "/etc/systemd/system/prosody.service.d/ownmeet-tuning.conf"));
        assertEquals("""
                out=$(systemd-analyze verify --generators=yes 'jicofo.service' 'prosody.service' 2>&1 || true)
                if printf '%s\\n' "$out" | grep -F -e '/etc/systemd/system/jicofo.service.d/ownmeet-tuning.conf:' \
                -e '/etc/systemd/system/prosody.service.d/ownmeet-tuning.conf:'; then exit 1; fi
                """, script);
    }

    @Test
    void itsVerdictIsTheScriptsExitStatus() {
        assertTrue(Validator.SYSTEMD.accepts(0, "", null));
        assertFalse(Validator.SYSTEMD.accepts(1, "/etc/systemd/system/jicofo.service.d/ownmeet-tuning.conf:3: "
                + "Failed to parse resource value, ignoring: lots", null));
        assertFalse(Validator.SYSTEMD.needsBaseline());
    }
}
