package org.ownmeet.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.documents.DocumentFacts;
import org.ownmeet.installers.documents.DocumentFactsBuilder;
import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.documents.GdprFile;
import org.ownmeet.installers.documents.ServerEvidence;
import org.ownmeet.installers.engine.AppliedRecord;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The GDPR file from what the server holds: the profile last applied there (not the local file,
 * which may have changed since) and a verification run now, so the documents state what is in place.
 */
@Command(name = "documents", description = "Write the privacy notice and the record of processing (with its measures) from the "
        + "profile applied on the server and a verification run now.")
final class DocumentsCommand extends ProfileCommand {
    @Option(names = "--language", paramLabel = "en|de|it", description = "The documents' language (default: the applied profile's).")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "pdf, html, md, json, or several separated by"
            + " commas (default: pdf,html,md,json).")
    List<String> formats;

    @Option(names = "--out", paramLabel = "FOLDER", description = "Where to write the files (default: the current folder).")
    Path folder = Path.of(".");

    @Option(names = "--account-names", description = "List the host accounts by name in the record (default: only how many).")
    boolean accountNames;

    private Set<DocumentFormat> chosen;

    /** Wrong options are found before anything connects. */
    @Override
    public Integer call() {
        chosen = chosenFormats();
        if (chosen == null || (language != null && !List.of("en", "de", "it").contains(language))) {
            spec.commandLine().getOut().println("Choose --language en, de or it, and --format from pdf, html, md and json.");
            spec.commandLine().getOut().flush();
            return ExitCodes.BAD_INPUT;
        }
        return super.call();
    }

    @Override
    int run(ServerSession session, Profile given, ProgressPrinter progress) {
        AppliedRecord applied = session.applied();
        if (applied.profileJson() == null) {
            out.println("OwnMeet has not set up this server yet, so there is nothing to describe. Run \"ownmeet apply\" first.");
            return ExitCodes.BAD_INPUT;
        }
        Profile profile;
        try {
            profile = ProfileFile.fromJson(applied.profileJson());
        } catch (ProfileFileException e) {
            out.println("The profile recorded on the server cannot be read: " + e.userMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.println("Checking the server, so the record states the measures as they are...");
        VerificationReport report = session.verify(profile);
        DocumentFacts facts = DocumentFactsBuilder.of(profile, new ServerEvidence(report, Instant.now(), applied.versions()),
                language != null ? language : profile.language(), LocalDate.now(ZoneOffset.UTC), accountNames);
        try {
            for (Path file : GdprFile.write(folder, facts, chosen)) {
                out.println("  " + file);
            }
        } catch (IOException e) {
            out.println("OwnMeet could not write the documents to " + folder + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (!report.allPassed()) {
            out.println("Note: some checks failed; the record says which, and the measures concerned are marked as not verified.");
            return ExitCodes.VERIFY_FAILED;
        }
        return ExitCodes.OK;
    }

    private Set<DocumentFormat> chosenFormats() {
        if (formats == null || formats.isEmpty()) {
            return EnumSet.allOf(DocumentFormat.class);
        }
        Set<DocumentFormat> chosen = EnumSet.noneOf(DocumentFormat.class);
        for (String name : formats) {
            DocumentFormat format = switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "pdf" -> DocumentFormat.PDF;
                case "html" -> DocumentFormat.HTML;
                case "md", "markdown" -> DocumentFormat.MARKDOWN;
                case "json" -> DocumentFormat.JSON;
                default -> null;
            };
            if (format == null) {
                return null;
            }
            chosen.add(format);
        }
        return chosen;
    }
}
