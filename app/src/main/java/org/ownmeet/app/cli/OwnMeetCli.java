package org.ownmeet.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ownmeet plan|apply|verify PROFILE}: the engine without the window, for scripts and repeat installs. */
@Command(name = "ownmeet", mixinStandardHelpOptions = true, version = "OwnMeet 0.1",
        description = "Set up and check a private Jitsi Meet server over SSH, from a profile file.",
        subcommands = {InitCommand.class, PlanCommand.class, ApplyCommand.class, VerifyCommand.class, DocumentsCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done (for verify and apply: every check passed)", "1:a change failed and was undone, or a service did not restart",
            "2:wrong options or a profile to correct", "3:cannot reach or log in to the server, or no sudo rights",
            "4:the server's key is not confirmed yet, or it changed", "5:applied, but a check from outside failed",
            "6:the server is not ready for the profile (unsupported system, another domain, no address, full disk, ...)",
            "7:a file on this computer cannot be used (such as the known hosts file)",
            "8:an error OwnMeet did not expect (details in its log file, ~/.local/state/ownmeet/ownmeet.log)",
            "130:stopped with Ctrl-C"})
public final class OwnMeetCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Call first, before any logger is made: the command line logs to its file, not to the terminal. */
    public static void logToFile() {
        CliLog.toFile();
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new OwnMeetCli());
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println(exception.getMessage());
            if (java.util.Arrays.stream(arguments).anyMatch(a -> a.startsWith("--password") || a.startsWith("--passphrase")
                    || a.startsWith("--sudo-password"))) {
                exception.getCommandLine().getErr().println("Passwords are never given as options (they would show in the "
                        + "process list and the shell history): OwnMeet asks for them, or reads them from an environment "
                        + "variable you name with --password-env, --passphrase-env or --sudo-password-env.");
            }
            exception.getCommandLine().getErr().println("See: ownmeet " + exception.getCommandLine().getCommandName() + " --help");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler(new UnexpectedFailure());
        // a failure on another thread is logged, not printed with its stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> UnexpectedFailure.log(failure));
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error failure) {
            // what picocli lets through (an Error, a failure in its own handlers)
            return UnexpectedFailure.report(failure, commandLine.getErr());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
