package org.ownmeet.steps.done;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.ownmeet.installers.documents.handout.Handout;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;

/**
 * A host's handout written where the user chose, and nowhere else: made in memory, written to a new file
 * beside the target that only this user may read (it holds the one-time password), then moved into place.
 */
final class HandoutFile {
    private HandoutFile() {
    }

    static Path save(DoneViewModel viewModel, HostCredential host, Path target) throws IOException {
        byte[] pdf = Handout.pdf(viewModel.handout(host), host.oneTimePassword());
        Path folder = target.toAbsolutePath().getParent();
        // a temporary file is made readable by its owner only, where the system has such permissions
        Path partial = Files.createTempFile(folder, ".ownmeet-handout-", ".pdf");
        try {
            Files.write(partial, pdf);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Arrays.fill(pdf, (byte) 0);
            Files.deleteIfExists(partial);
        }
    }

    /** The name the save dialog suggests: the host's user name, so several handouts do not overwrite each other. */
    static String suggestedName(HostCredential host) {
        return "ownmeet-" + host.username() + ".pdf";
    }
}
