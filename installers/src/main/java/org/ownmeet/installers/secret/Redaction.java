package org.ownmeet.installers.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place text is cleaned of secrets before it leaves OwnMeet's code: every log line (of any
 * logger, through {@link RedactingLoggingProvider}), every event shown to the user and every error
 * message passes through {@link #apply(String)}. It masks the value of every {@link Secret} that
 * exists and has not been wiped.
 */
public final class Redaction {
    /**
     * Values shorter than this are masked only where they stand alone (not next to a letter or digit):
     * masking every "ab" inside other words would make logs unreadable, but "password ab" must not show it.
     */
    static final int SHORTEST_MASKED = 4;
    private static final Set<Secret> LIVE = new LinkedHashSet<>();
    /** The live values, longest first, rebuilt when a secret is made or wiped rather than for every line. */
    private static volatile List<String> values = List.of();
    /** The live values under {@link #SHORTEST_MASKED} characters, as patterns that match them standing alone. */
    private static volatile List<Pattern> shortValues = List.of();

    private Redaction() {
    }

    static synchronized void register(Secret secret) {
        LIVE.add(secret);
        rebuild();
    }

    static synchronized void unregister(Secret secret) {
        LIVE.remove(secret);
        rebuild();
    }

    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String value : values) {
            if (result.contains(value)) {
                result = result.replace(value, Secret.MASK);
            }
        }
        for (Pattern value : shortValues) {
            result = value.matcher(result).replaceAll(Matcher.quoteReplacement(Secret.MASK));
        }
        return result;
    }

    private static void rebuild() {
        List<String> live = new ArrayList<>();
        List<Pattern> shortOnes = new ArrayList<>();
        for (Secret secret : LIVE) {
            if (secret.isWiped() || secret.length() == 0) {
                continue;
            }
            if (secret.length() >= SHORTEST_MASKED) {
                live.add(secret.revealForRedaction());
            } else {
                shortOnes.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret.revealForRedaction())
                        + "(?![\\p{L}\\p{N}])"));
            }
        }
        live.sort(Comparator.comparingInt(String::length).reversed());
        values = List.copyOf(live);
        shortValues = List.copyOf(shortOnes);
    }
}
