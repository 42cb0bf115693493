package org.ownmeet.installers.profile.validation;

import java.util.List;

import org.ownmeet.installers.profile.Profile.Upkeep;
import org.ownmeet.installers.profile.ProfileFields;

/** The upkeep settings: a restart time of the form the server's update timer takes (HH:MM, 24 hours). */
public final class UpkeepRule {
    private UpkeepRule() {
    }

    public static CheckedValue<Upkeep> check(Upkeep upkeep) {
        if (upkeep == null) {
            return CheckedValue.invalid(ProfileFields.UPKEEP, "Upkeep: missing", "upkeep.missing");
        }
        String time = upkeep.rebootTime() == null ? "" : upkeep.rebootTime().strip();
        if (!time.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            return new CheckedValue<>(null, List.of(new FieldError(ProfileFields.REBOOT_TIME, "Restart time: a time of day "
                    + "such as 04:00 (hours 00 to 23, then minutes)", "reboot-time.format", List.of(time))), List.of());
        }
        return new CheckedValue<>(upkeep.withRebootTime(time), List.of(), List.of());
    }
}
