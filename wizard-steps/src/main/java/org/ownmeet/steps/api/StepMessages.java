package org.ownmeet.steps.api;

import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of all wizard steps; keys are {@code <step id>.<element>}, e.g. {@code connection.title}. */
public final class StepMessages {
    private static final String BUNDLE = "org.ownmeet.steps.i18n.messages";

    private StepMessages() {
    }

    public static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
