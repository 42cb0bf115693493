package org.ownmeet.installers.ssh.event;

import java.time.Duration;

import org.ownmeet.installers.secret.Redaction;

/**
 * What happens on the connection, for the progress view and the log. Every text is passed through
 * {@link Redaction} when the event is made, so no listener can ever see a secret.
 */
public sealed interface SshEvent {

    record Connected(String target, String hostKey) implements SshEvent {
    }

    record CommandStarted(String label) implements SshEvent {
        public CommandStarted {
            label = Redaction.apply(label);
        }
    }

    record OutputLine(String label, Stream stream, String text) implements SshEvent {
        public OutputLine {
            label = Redaction.apply(label);
            text = Redaction.apply(text);
        }
    }

    record CommandFinished(String label, Integer exitStatus, Duration took) implements SshEvent {
        public CommandFinished {
            label = Redaction.apply(label);
        }
    }

    record FileWritten(String path, String backup) implements SshEvent {
    }

    record FileUnchanged(String path) implements SshEvent {
    }

    enum Stream { STDOUT, STDERR }
}
