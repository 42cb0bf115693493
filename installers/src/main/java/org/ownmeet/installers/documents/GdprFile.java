package org.ownmeet.installers.documents;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes both documents (and the JSON of their facts once) into a folder, each file whole or not
 * at all, as the command line and the wizard's export do.
 */
public final class GdprFile {
    private GdprFile() {
    }

    /** @return the files written, in order */
    public static List<Path> write(Path folder, DocumentFacts facts, Collection<DocumentFormat> formats) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (DocumentFormat format : formats) {
            List<DocumentKind> kinds = format == DocumentFormat.JSON ? List.of(DocumentKind.PRIVACY_NOTICE) : List.of(DocumentKind.values());
            for (DocumentKind kind : kinds) {
                Path target = folder.resolve(Documents.fileName(kind, format, facts.language()));
                Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
                try {
                    Files.write(temporary, Documents.render(kind, format, facts));
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temporary);
                }
                written.add(target);
            }
        }
        return written;
    }
}
