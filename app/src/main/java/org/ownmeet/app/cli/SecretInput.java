package org.ownmeet.app.cli;

import java.io.Console;
import java.util.Arrays;

import org.ownmeet.installers.secret.Secret;
import picocli.CommandLine;

/**
 * A secret for the command line: from the environment variable the user named (for automation), or
 * typed on the terminal without echo. Never an option's value, so it is in no shell history and on
 * no process list.
 */
final class SecretInput {
    private SecretInput() {
    }

    static Secret fromEnvironmentOrTerminal(String variable, String prompt, boolean required, CommandLine commandLine) {
        if (variable != null) {
            String value = System.getenv(variable);
            if (value == null) {
                throw new CommandLine.ParameterException(commandLine, "The environment variable " + variable + " is not set.");
            }
            return Secret.of(value);
        }
        Console console = System.console();
        if (console == null) {
            if (required) {
                throw new CommandLine.ParameterException(commandLine, prompt.strip() + " is needed, but there is no terminal "
                        + "to type it on; name an environment variable that holds it instead.");
            }
            return null;
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || (typed.length == 0 && !required)) {
            return null;
        }
        Secret secret = Secret.of(typed);
        Arrays.fill(typed, '\0');
        return secret;
    }
}
