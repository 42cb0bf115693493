package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Checks shared by the tests of the engine's words: a text in every language that takes exactly the values given. */
final class EngineWords {
    static final List<Texts> ALL = Texts.LANGUAGES.stream().map(Texts::forLocale).toList();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private EngineWords() {
    }

    /**
     * The key has a text in English, German and Italian whose placeholders are exactly {0} to {n-1} for
     * the n values, with no lone apostrophe (MessageFormat would swallow the rest), and filled in it
     * leaves no brace.
     */
    static void assertFormattedEverywhere(String key, List<String> arguments) {
        Set<String> expected = IntStream.range(0, arguments.size()).mapToObj(String::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        for (Texts texts : ALL) {
            Locale language = texts.locale();
            assertTrue(texts.has(key), "no " + key + " in " + language);
            String pattern = texts.get(key);
            assertEquals(expected, placeholders(pattern), "placeholders of " + key + " in " + language + " for " + arguments);
            assertFalse(pattern.replace("''", "").contains("'"), key + " in " + language + " has a lone apostrophe: " + pattern);
            String shown = texts.format(key, arguments.toArray());
            assertFalse(shown.contains("{") && !arguments.stream().anyMatch(a -> a.contains("{")),
                    key + " in " + language + " left a brace: " + shown);
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
