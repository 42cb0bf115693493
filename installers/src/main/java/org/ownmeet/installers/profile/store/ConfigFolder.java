package org.ownmeet.installers.profile.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each system keeps a user's application settings, with OwnMeet's folder in it: Windows'
 * {@code %APPDATA%\OwnMeet}, macOS' {@code ~/Library/Application Support/OwnMeet}, and elsewhere the
 * XDG base directory ({@code $XDG_CONFIG_HOME/ownmeet}, by default {@code ~/.config/ownmeet}).
 */
final class ConfigFolder {
    private ConfigFolder() {
    }

    static Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (usable(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("OwnMeet");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("OwnMeet");
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        // the XDG specification: a relative path is invalid and is to be ignored
        return (usable(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config")).resolve("ownmeet");
    }

    private static boolean usable(String value) {
        return value != null && !value.isBlank();
    }
}
