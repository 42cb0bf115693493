package org.ownmeet.steps.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.ownmeet.installers.documents.DocumentFacts;
import org.ownmeet.installers.documents.DocumentFactsBuilder;
import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.documents.DocumentKind;
import org.ownmeet.installers.documents.Documents;
import org.ownmeet.installers.documents.GdprFile;

/**
 * The wizard's export, the engine's calls as {@code ownmeet documents} makes them: the facts from the
 * applied profile and the verified state, both documents written by {@link GdprFile}. Runs in the
 * background; host accounts appear as a count, as in the command line's default.
 */
public final class GdprExport {
    private final Clock clock;

    public GdprExport(Clock clock) {
        this.clock = clock;
    }

    public static GdprExport today() {
        return new GdprExport(Clock.systemUTC());
    }

    /** @return the files written, in order */
    public List<Path> write(AppliedState state, String language, Collection<DocumentFormat> formats, Path folder) throws IOException {
        return GdprFile.write(folder, facts(state, language), formats);
    }

    /** The privacy notice as Markdown, to read in the wizard before it is saved. */
    public String preview(AppliedState state, String language) {
        return new String(Documents.render(DocumentKind.PRIVACY_NOTICE, DocumentFormat.MARKDOWN, facts(state, language)),
                StandardCharsets.UTF_8);
    }

    private DocumentFacts facts(AppliedState state, String language) {
        return DocumentFactsBuilder.of(state.profile(), state.evidence(), language, LocalDate.now(clock), false);
    }
}
