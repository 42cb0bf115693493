package org.ownmeet.steps.documents;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a folder (the toolkit's folder dialog in the wizard, a fixed answer in tests). */
public interface FolderChooser {
    /**
     * @param title what the dialog asks
     * @param start the folder the dialog opens in, or null
     * @return the folder chosen, empty when the user cancelled
     */
    Optional<Path> choose(String title, Path start);
}
