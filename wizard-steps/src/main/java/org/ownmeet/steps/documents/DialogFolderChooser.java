package org.ownmeet.steps.documents;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The toolkit's folder dialog, owned by the wizard's window (the one with the focus when the user asks). */
public final class DialogFolderChooser implements FolderChooser {
    @Override
    public Optional<Path> choose(String title, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
