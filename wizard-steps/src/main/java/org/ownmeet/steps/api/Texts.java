package org.ownmeet.steps.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.FieldWarning;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.HealthFinding;

/**
 * The wizard's words in the chosen language. Keys are {@code <step>.<element>}; the engine's words
 * are found by their stable codes: {@code problem.<code>}, {@code field.<code>}, {@code check.<id>},
 * {@code installer.<id>}. Where a code has no translation the engine's English sentence is shown.
 */
public final class Texts {
    private static final String BUNDLE = "org.ownmeet.steps.i18n.messages";
    /** The languages the wizard speaks, in the order the start screen offers them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for {@code locale}, or English if the wizard does not speak its language. */
    public static Texts forLocale(Locale locale) {
        Locale language = LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        return new Texts(ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), language);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text with {@code {0}, {1}, ...} filled in, formatted for the language (numbers, dates). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /**
     * The problem's sentence in this language, or its English one when it has no translation. An invalid
     * profile's answers are each said with the name of their field, since no field is beside them.
     */
    public String problem(Problem problem) {
        String key = "problem." + problem.code();
        if (problem instanceof InvalidProfileProblem invalid && has(key)) {
            return format(key, String.join(" ", invalid.errors().stream().map(this::fieldWithName).toList()));
        }
        return has(key) ? format(key, problem.arguments().toArray()) : problem.userMessage();
    }

    /**
     * A field's error as it is shown at the field (the label beside it names the field): in this language
     * when its rule has a code and a translation, else the engine's English without the field's name.
     */
    public String field(FieldError error) {
        return atField(error.code(), error.arguments(), error.message());
    }

    /**
     * Something the engine tells the user ({@code notice.<code>}) in this language, or its English sentence
     * when it has no translation. Whole-number values are passed as numbers, so the texts can choose by them.
     */
    public String notice(Notice notice) {
        String key = "notice." + notice.code();
        if (!has(key)) {
            return notice.english();
        }
        return format(key, values(notice.arguments()));
    }

    /** A health finding ({@code health.<code>}) in this language, or its English sentence when it has no translation. */
    public String health(HealthFinding finding) {
        String key = "health." + finding.code();
        if (!has(key)) {
            return finding.sentence();
        }
        return format(key, values(finding.arguments()));
    }

    /** Whole-number values as numbers, so the texts can choose by them. */
    private static Object[] values(List<String> arguments) {
        return arguments.stream().map(v -> v.matches("-?\\d{1,9}") ? (Object) Long.valueOf(v) : v).toArray();
    }

    /**
     * A field's error as it is shown away from its field (the Review page, the Install step's problem):
     * "Domain: Must contain a dot.", the field named in this language.
     */
    public String fieldWithName(FieldError error) {
        return fieldName(error.field()) + ": " + field(error);
    }

    /**
     * The name of the profile field at {@code path} ("hostAccounts[2].username"), as a short label
     * ("Host's user name"); list indexes do not matter. Unknown paths get the engine's plain English.
     */
    public String fieldName(String path) {
        String key = "fieldName." + path.replaceAll("\\[\\d+]", "");
        if (has(key)) {
            return get(key);
        }
        String plain = ProfileFields.describe(path).replaceFirst("^(the|a|an) ", "");
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** A field's warning as it is shown at the field, like {@link #field(FieldError)}. */
    public String warning(FieldWarning warning) {
        return atField(warning.code(), warning.arguments(), warning.message());
    }

    private String atField(String code, List<String> arguments, String english) {
        String key = "field." + code;
        return code != null && has(key) ? format(key, arguments.toArray()) : withoutFieldName(english);
    }

    /**
     * The engine's English messages start with the field's name ("Domain: ..."), which the label beside
     * the field already says; at the field only the rest is shown, with a capital letter.
     */
    static String withoutFieldName(String message) {
        int colon = message.indexOf(": ");
        if (colon < 0 || colon > 40) {
            return message;
        }
        String rest = message.substring(colon + 2);
        return rest.isEmpty() ? message : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    public String check(CheckId check) {
        String key = "check." + check.id();
        return has(key) ? get(key) : check.title();
    }

    /** An installer's title ("Jitsi Meet packages") by its id, or the engine's own English title. */
    public String installer(String id, String englishTitle) {
        String key = "installer." + id;
        return has(key) ? get(key) : englishTitle;
    }

    /** A key that must exist; a missing one is a bug the bundle test catches, never a blank on screen. */
    public String require(String key) {
        try {
            return get(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + locale, e);
        }
    }
}
