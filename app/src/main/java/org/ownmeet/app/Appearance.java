package org.ownmeet.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Light or dark: AtlantaFX's Primer themes, switched at run time for the whole application. Their
 * binary form: JavaFX reads it several times faster than the CSS text, which counts at start-up.
 */
public final class Appearance {
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    public Appearance(boolean startDark) {
        dark.addListener((property, was, now) -> apply(now));
        dark.set(startDark);
        apply(startDark);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
