package org.ownmeet.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a new profile from the few answers only the user can give, each judged by the engine's own
 * rules as it is given; everything else keeps the private defaults of a new profile. An answer given as
 * an option is not asked for, so with every option given nothing is read from the terminal.
 */
@Command(name = "init", description = "Write a new profile: asks for what only you can answer (or takes it from the options); "
        + "everything else gets the private defaults.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile file to write (JSON).")
    Path profileFile;

    @Option(names = "--server", paramLabel = "ADDRESS", description = "The server's address (IP address or name).")
    String server;
    @Option(names = "--ssh-user", paramLabel = "USER", description = "The user to log in as on the server.")
    String sshUser;
    @Option(names = "--ssh-port", paramLabel = "PORT", description = "The server's SSH port (default: 22).")
    String sshPort;
    @Option(names = "--domain", description = "The meeting address, such as meet.example.org.")
    String domain;
    @Option(names = "--admin-email", paramLabel = "E-MAIL", description = "Your e-mail address, for the certificate service.")
    String adminEmail;
    @Option(names = "--hosts", paramLabel = "NAMES", description = "The hosts' user names, separated by commas.")
    String hosts;
    @Option(names = "--organisation", paramLabel = "NAME", description = "Who runs the meetings (for the privacy notice).")
    String organisation;
    @Option(names = "--organisation-address", paramLabel = "ADDRESS", description = "The organisation's postal address (optional).")
    String organisationAddress;
    @Option(names = "--contact-email", paramLabel = "E-MAIL", description = "Where people write with questions about their data.")
    String contactEmail;
    @Option(names = "--language", description = "The language of the meeting pages and documents: en or de (default: en).")
    String language;
    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private BufferedReader in;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        if (Files.exists(profileFile) && !force) {
            out.println(profileFile + " exists already; OwnMeet leaves it as it is. Choose another file, or add --force to replace it.");
            return ExitCodes.BAD_INPUT;
        }
        Profile profile = Profile.newProfile().withLanguage("en");
        // every answer without a default given as an option: a script, so the defaults are taken without asking
        boolean scripted = InitQuestion.ALL.stream().filter(q -> q.fallback() == null).allMatch(q -> q.given(this) != null);
        for (InitQuestion question : InitQuestion.ALL) {
            Profile answered = scripted && question.given(this) == null ? question.apply(profile, question.fallback())
                    : answer(question, profile);
            if (answered == null) {
                out.println("No answer for \"" + question.prompt() + "\"; nothing was written. Give it with " + question.option() + ".");
                return ExitCodes.BAD_INPUT;
            }
            profile = answered;
        }
        List<FieldError> left = ProfileValidator.validate(profile).errors();
        if (!left.isEmpty()) {
            left.forEach(error -> out.println("  - " + error.message()));
            return ExitCodes.BAD_INPUT;
        }
        try {
            ProfileFile.write(profileFile, profile);
        } catch (ProfileFileException e) {
            out.println("The profile cannot be written: " + e.userMessage());
            return ExitCodes.LOCAL_FILE;
        }
        ProfileValidator.validate(profile).warnings().forEach(warning -> out.println("Note: " + warning.message()));
        out.println("The profile is written to " + profileFile + ", with private defaults for everything else (a certificate from "
                + "Let's Encrypt, no access log, logs kept 7 days, the firewall on).");
        out.println("Next: ownmeet plan " + profileFile);
        return ExitCodes.OK;
    }

    /** The profile with this question answered and accepted by the rules; null when no acceptable answer came. */
    private Profile answer(InitQuestion question, Profile profile) {
        String given = question.given(this);
        while (true) {
            String answer = given != null ? given : ask(question);
            given = null;
            if (answer == null) {
                return null;
            }
            Profile draft = question.apply(profile, answer.strip());
            List<FieldError> errors = ProfileValidator.validate(draft).errors().stream().filter(question::concerns).toList();
            if (errors.isEmpty()) {
                return draft;
            }
            errors.forEach(error -> out.println(error.message()));
        }
    }

    /** Reads an answer from standard input (a terminal or a pipe); the default when the answer is empty; null at the end of input. */
    private String ask(InitQuestion question) {
        out.print(question.prompt() + (question.fallback() != null ? " [" + question.fallback() + "]" : "") + ": ");
        out.flush();
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = in.readLine();
            if (line == null) {
                // the end of the answers: a question with a default takes it
                out.println(question.fallback() != null ? question.fallback() : "");
                return question.fallback();
            }
            return line.isBlank() && question.fallback() != null ? question.fallback() : line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answers from standard input", e);
        }
    }
}
