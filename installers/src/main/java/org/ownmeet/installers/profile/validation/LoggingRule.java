package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.ProfileFields;

/** How long logs are kept: 0 to 365 days, 0 meaning no access logs at all. */
public final class LoggingRule {
    /** The most days logs may be kept; the wizard's day field stops there. */
    public static final int LONGEST_RETENTION = 365;

    private LoggingRule() {
    }

    public static CheckedValue<Logging> check(Logging logging) {
        if (logging == null) {
            return CheckedValue.invalid(ProfileFields.LOGGING, "Logs: choose how long the server keeps its logs",
                    "logging.missing");
        }
        List<FieldError> errors = new ArrayList<>();
        if (logging.retentionDays() < 0 || logging.retentionDays() > LONGEST_RETENTION) {
            errors.add(new FieldError(ProfileFields.RETENTION_DAYS, "Keep logs for: a number of days from 0 to "
                    + LONGEST_RETENTION + " (0 keeps no access logs at all), and " + logging.retentionDays() + " is not",
                    "retention-days.range", List.of(String.valueOf(LONGEST_RETENTION), String.valueOf(logging.retentionDays()))));
        }
        if (logging.accessLog() == null) {
            errors.add(new FieldError(ProfileFields.ACCESS_LOG, "Access log: choose off or anonymised", "access-log.missing",
                    List.of()));
        }
        List<FieldWarning> warnings = logging.retentionDays() == 0 && logging.accessLog() == AccessLog.ANONYMISED
                ? List.of(new FieldWarning(ProfileFields.ACCESS_LOG, "Access log: with 0 days no access log is kept, so"
                        + " \"anonymised\" makes no difference", "access-log.no-difference", List.of()))
                : List.of();
        return new CheckedValue<>(errors.isEmpty() ? logging : null, errors, warnings);
    }
}
