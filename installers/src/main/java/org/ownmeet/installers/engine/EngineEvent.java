package org.ownmeet.installers.engine;

import org.ownmeet.installers.secret.Redaction;

/** Progress of a run, in words a person can follow; texts are redacted when made. */
public sealed interface EngineEvent {

    record StepStarted(String step, String title) implements EngineEvent {
    }

    record ChangeMade(String step, String summary) implements EngineEvent {
        public ChangeMade {
            summary = Redaction.apply(summary);
        }
    }

    /** Nothing is wrong, but OwnMeet has to wait (e.g. for system updates that hold the package manager). */
    record Waiting(String reason) implements EngineEvent {
        public Waiting {
            reason = Redaction.apply(reason);
        }
    }

    record ChecksFailedAndUndone(String step, String check, String output) implements EngineEvent {
        public ChecksFailedAndUndone {
            output = Redaction.apply(output);
        }
    }

    record Restarted(String service) implements EngineEvent {
    }

    record StepFinished(String step, java.time.Duration took) implements EngineEvent {
    }

    /** Not an error, but the user should know it (a server smaller than the meetings need). */
    record Warning(String step, String text) implements EngineEvent {
        public Warning {
            text = Redaction.apply(text);
        }
    }

    record Note(String text) implements EngineEvent {
        public Note {
            text = Redaction.apply(text);
        }
    }
}
