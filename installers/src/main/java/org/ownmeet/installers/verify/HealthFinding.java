package org.ownmeet.installers.verify;

import java.util.List;
import java.util.Objects;

import org.ownmeet.installers.secret.Redaction;

/**
 * One fact about the server's health, as a plain sentence with a level: pending updates, a restart
 * due, free disk and memory, the certificate's days left, the services, the last automatic update.
 * The {@code code} and {@code arguments} let the wizard and the documents say it in their language
 * ({@code health.<code>}); {@code sentence} is the English.
 */
public record HealthFinding(String code, Level level, String sentence, List<String> arguments) {

    public enum Level { OK, WARNING, PROBLEM }

    public HealthFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        sentence = Redaction.apply(Objects.requireNonNull(sentence, "sentence"));
        arguments = List.copyOf(arguments);
    }

    public static HealthFinding of(String code, Level level, String sentence, Object... arguments) {
        return new HealthFinding(code, level, sentence, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
