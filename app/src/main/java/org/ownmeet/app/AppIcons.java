package org.ownmeet.app;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The application icon from the icons module, in the sizes window managers pick from. */
public final class AppIcons {
    private static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static List<Image> windowIcons() {
        return WINDOW_SIZES.stream().map(AppIcons::icon).toList();
    }

    public static Image icon(int size) {
        String path = "/org/ownmeet/icons/ownmeet-" + size + ".png";
        return new Image(Objects.requireNonNull(AppIcons.class.getResource(path), path).toExternalForm());
    }
}
