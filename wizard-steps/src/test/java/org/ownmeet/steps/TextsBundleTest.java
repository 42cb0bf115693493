package org.ownmeet.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the wizard in English, German and Italian: a key missing in one language fails here, not on screen. */
class TextsBundleTest {
    private static final String[] BUNDLES = {"/org/ownmeet/steps/i18n/messages"};

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_it"})
    void everyLanguageHasEveryKey(String language) throws IOException {
        Properties english = load(BUNDLES[0] + ".properties");
        Properties other = load(BUNDLES[0] + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in " + language);
        assertEquals(Set.of(), extra, "only in " + language);
        for (String key : other.stringPropertyNames()) {
            String text = other.getProperty(key);
            assertFalse(text.isBlank(), key + " is empty in " + language);
            new MessageFormat(text); // a broken placeholder fails here
            assertEquals(placeholders(english.getProperty(key)), placeholders(text), "placeholders of " + key + " in " + language);
        }
    }

    /** The bundles grow in several branches at once and merge by union: a key twice would silently take the last. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_it"})
    void noKeyIsGivenTwice(String language) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = TextsBundleTest.class.getResourceAsStream(BUNDLES[0] + language + ".properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
        }
        assertEquals(Set.of(), twice);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsBundleTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
