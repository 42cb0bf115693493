package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.ssh.files.WriteResult;

/**
 * Makes one step's changes in their order. Consecutive file changes are written together (one round
 * trip), then checked by their validators; if a check fails, every file of the batch is put back
 * byte for byte and the step stops with a {@link ChangeRejectedProblem}. A cancel is honoured before
 * each action and each batch; a batch whose check was cut off by it is put back too, as a written file
 * is only left in place once its check accepted it.
 */
final class ChangeApplier {
    private ChangeApplier() {
    }

    static void apply(Installer installer, List<Change> changes, ApplyContext context) {
        List<FileChange> batch = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof FileChange file) {
                batch.add(file);
                continue;
            }
            writeFiles(installer, batch, context);
            batch.clear();
            if (change instanceof ActionChange action) {
                context.cancellation().checkpoint();
                action.apply(context);
                context.listener().on(new EngineEvent.ChangeMade(installer.id(), change.summary()));
            } else {
                throw new IllegalStateException("step " + installer.id() + " could not work out: " + change.summary());
            }
        }
        writeFiles(installer, batch, context);
    }

    private static void writeFiles(Installer installer, List<FileChange> batch, ApplyContext context) {
        if (batch.isEmpty()) {
            return;
        }
        context.cancellation().checkpoint();
        SshSession session = context.session();
        Map<Validator, List<String>> checks = new LinkedHashMap<>();
        for (FileChange file : batch) {
            if (file.validator() != Validator.NONE) {
                checks.computeIfAbsent(file.validator(), v -> new ArrayList<>()).add(file.path());
            }
        }
        Map<Validator, String> baselines = new LinkedHashMap<>();
        checks.forEach((validator, paths) -> {
            if (validator.needsBaseline()) {
                baselines.put(validator, check(session, validator, paths).stdoutText());
            }
        });
        List<FileWrite> writes = batch.stream().map(FileChange::after).toList();
        List<WriteResult> written = session.files().write(writes);
        for (Map.Entry<Validator, List<String>> check : checks.entrySet()) {
            RunResult result;
            try {
                result = check(session, check.getKey(), check.getValue());
            } catch (RuntimeException cutOff) {
                if (context.cancellation().isRequested()) {
                    session.files().restore(written);
                }
                throw cutOff;
            }
            if (!check.getKey().accepts(result.exitStatus(), result.stdoutText(), baselines.get(check.getKey()))) {
                session.files().restore(written);
                context.listener().on(new EngineEvent.ChecksFailedAndUndone(installer.title(), check.getKey().name(),
                        result.stdoutText()));
                throw new ChangeRejectedProblem(installer.title(), check.getKey().script(check.getValue()), result.stdoutText());
            }
        }
        batch.forEach(file -> context.listener().on(new EngineEvent.ChangeMade(installer.id(), file.summary())));
    }

    private static RunResult check(SshSession session, Validator validator, List<String> paths) {
        return session.run(RemoteScript.asRoot("check the " + validator.name().toLowerCase() + " configuration",
                validator.script(paths) + "\n").quiet());
    }
}
