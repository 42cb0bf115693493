package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile.Upkeep;
import org.ownmeet.installers.profile.ProfileFields;

class UpkeepRuleTest {

    @Test
    void aTimeOfDayIsTakenWithoutSurroundingSpace() {
        CheckedValue<Upkeep> checked = UpkeepRule.check(new Upkeep(true, " 23:59 ", false));
        assertTrue(checked.errors().isEmpty());
        assertEquals("23:59", checked.value().rebootTime());
        assertTrue(UpkeepRule.check(Upkeep.DEFAULTS).errors().isEmpty());
    }

    @Test
    void anythingElseIsSaidPlainlyAtTheTimeField() {
        for (String wrong : List.of("24:00", "4:00", "04:60", "4 am", "", "04:00:00")) {
            List<FieldError> errors = UpkeepRule.check(new Upkeep(false, wrong, false)).errors();
            assertEquals(1, errors.size(), wrong);
            assertEquals(ProfileFields.REBOOT_TIME, errors.get(0).field());
            assertEquals("Restart time: a time of day such as 04:00 (hours 00 to 23, then minutes)", errors.get(0).message());
        }
        assertEquals(ProfileFields.UPKEEP, UpkeepRule.check(null).errors().get(0).field());
    }
}
