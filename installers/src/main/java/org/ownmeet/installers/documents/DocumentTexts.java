package org.ownmeet.installers.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The words of the documents in one language ({@code documents_<language>.properties}, UTF-8), with
 * named placeholders ({@code {org}}) filled in before the format escapes the whole sentence, so a
 * value the deployer typed is escaped like every other word. A key missing in a language is an
 * error, never a fallback to English.
 */
final class DocumentTexts implements TemplateMethodModelEx {
    static final List<String> LANGUAGES = List.of("en", "de", "it");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
    private final Properties texts;
    private final String language;

    DocumentTexts(String language) {
        this.language = language;
        this.texts = BUNDLES.computeIfAbsent(language, DocumentTexts::load);
    }

    static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = DocumentTexts.class.getResourceAsStream("documents_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("OwnMeet has no document texts in the language " + language);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** {@code t("key", "name", value, ...)} in a template. */
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
        String[] values = new String[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i)));
        }
        return text(key, values);
    }

    String text(String key, String... namesAndValues) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("the document text " + key + " is missing in " + language);
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value(key, placeholder.group(1), namesAndValues)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private String value(String key, String name, String... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalStateException("the document text " + key + " in " + language + " needs {" + name + "}");
    }
}
