package org.ownmeet.installers.password;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.welcome.WelcomePageFiles;
import org.ownmeet.installers.xmpp.XmppClient;

/**
 * The password page's files: the page in the profile's language (its words from
 * {@code password-page_<language>.properties}, every value escaped for HTML by the template, the
 * strength rule's figures in data attributes for the script), its script and its style sheet.
 */
public final class PasswordPage {
    static final List<String> LANGUAGES = List.of("en", "de", "it");
    private static final Configuration TEMPLATES = templates();

    private PasswordPage() {
    }

    public static String html(Profile profile) {
        PasswordStrengthRule rule = PasswordStrengthRule.STANDARD;
        Map<String, Object> model = new HashMap<>();
        model.put("language", profile.language());
        model.put("domain", profile.domain());
        model.put("bosh", XmppClient.BOSH_PATH);
        model.put("rule", Map.of("minimumLength", rule.minimumLength(), "notContainingTheUserName", rule.notContainingTheUserName(),
                "notTheCurrentPassword", rule.notTheCurrentPassword()));
        model.put("strophe", PasswordPageFiles.STROPHE);
        model.put("script", PasswordPageFiles.SCRIPT);
        model.put("style", PasswordPageFiles.STYLE);
        model.put("notice", WelcomePageFiles.urlPath(WelcomePageFiles.NOTICE));
        model.put("t", texts(profile.language(), rule));
        try {
            StringWriter out = new StringWriter();
            TEMPLATES.getTemplate("password-page.html.ftlh", Locale.ROOT).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the password page template failed", e);
        }
    }

    public static String script() {
        return resource(PasswordPageFiles.SCRIPT);
    }

    public static String style() {
        return resource(PasswordPageFiles.STYLE);
    }

    /** The page's words in a language, with the rule's minimum length put in. */
    static Map<String, String> texts(String language, PasswordStrengthRule rule) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the password page has no texts in " + language);
        }
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(open("password-page_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key,
                properties.getProperty(key).replace("{minimumLength}", Integer.toString(rule.minimumLength()))));
        return texts;
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = PasswordPage.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    private static Configuration templates() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(PasswordPage.class, "");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        return configuration;
    }
}
