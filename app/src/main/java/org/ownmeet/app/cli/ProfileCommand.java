package org.ownmeet.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.FieldWarning;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;
import org.ownmeet.installers.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What plan, apply and verify share: read and check the profile (nothing reaches the server if a
 * field is wrong), connect, run, and turn every problem into its plain message and an exit status.
 */
abstract class ProfileCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileCommand.class);

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile file (JSON) made by the wizard or by hand.")
    Path profileFile;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = {"-v", "--verbose"}, description = "Also show what the server prints.")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        Profile profile;
        try {
            profile = ProfileFile.read(profileFile);
        } catch (ProfileFileException e) {
            out.println("The profile cannot be used: " + e.userMessage());
            return ExitCodes.BAD_INPUT;
        }
        ValidationResult checked = ProfileValidator.validate(profile);
        checked.warnings().stream().map(FieldWarning::message).forEach(w -> out.println("Note: " + w));
        if (!checked.isValid()) {
            out.println("Some answers in the profile need correcting first; nothing was sent to the server:");
            checked.errors().stream().map(FieldError::message).forEach(e -> out.println("  - " + e));
            return ExitCodes.BAD_INPUT;
        }
        ProgressPrinter progress = new ProgressPrinter(out, verbose);
        long start = System.nanoTime();
        ServerSession.prepare(checked.normalised());
        CancelOnCtrlC ctrlC = null;
        try (ServerSession session = ServerConnection.open(checked.normalised(), connection, out, progress, spec.commandLine())) {
            ctrlC = cancelsOnCtrlC() ? CancelOnCtrlC.install(session::cancel, out) : null;
            int status = run(session, checked.normalised(), progress);
            out.printf("(%.1f s, 1 SSH connection, %d round trips)%n", (System.nanoTime() - start) / 1e9, session.roundTrips());
            return status;
        } catch (Problem problem) {
            out.println();
            out.println(problem.userMessage());
            out.println("  for IT: " + problem.detail());
            LOG.warn("{} ended: {} ({})", spec.name(), problem.code(), problem.detail());
            return exitCode(problem);
        } finally {
            out.flush();
            if (ctrlC != null) {
                ctrlC.close();
            }
        }
    }

    abstract int run(ServerSession session, Profile profile, ProgressPrinter progress);

    /** Whether Ctrl-C cancels the command at a safe point (apply) rather than ending the program at once. */
    boolean cancelsOnCtrlC() {
        return false;
    }

    static int exitCode(Problem problem) {
        return FailureStatus.of(problem);
    }
}
