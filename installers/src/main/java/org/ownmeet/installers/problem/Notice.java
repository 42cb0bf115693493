package org.ownmeet.installers.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something the engine tells the user that is not a failure (the server runs a system OwnMeet does not
 * set up, the server is small for the meetings asked for): a stable code by which the wizard finds the
 * sentence in the user's language, the values it needs, and the engine's own English sentence, which
 * the command line shows and the wizard falls back on.
 *
 * @param code      a stable name ("tuning.too-small"); the wizard's key is {@code notice.<code>}
 * @param arguments the values the translated sentence needs, in placeholder order; whole numbers are
 *                  formatted as numbers there
 * @param english   the sentence in plain English
 */
public record Notice(String code, List<String> arguments, String english) {
    public Notice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(english, "english");
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String code, String english, Object... arguments) {
        return new Notice(code, Arrays.stream(arguments).map(String::valueOf).toList(), english);
    }

    @Override
    public String toString() {
        return english;
    }
}
