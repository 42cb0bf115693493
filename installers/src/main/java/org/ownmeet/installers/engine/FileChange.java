package org.ownmeet.installers.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.ownmeet.installers.secret.Redaction;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * A file as it should be. The engine writes all file changes of a step together (atomically, with
 * backups), runs the {@link Validator}, and puts every file back if the check fails.
 */
public record FileChange(String why, FileSnapshot before, FileWrite after, Validator validator, Set<String> restarts)
        implements Change {

    public FileChange {
        restarts = Set.copyOf(restarts);
    }

    /** The change to reach {@code content}, or null if the file already has it (same bytes and, if given, attributes). */
    public static FileChange ifDifferent(String why, FileSnapshot before, FileWrite after, Validator validator, Set<String> restarts) {
        boolean sameContent = before.exists() && Arrays.equals(before.content(), after.content());
        boolean sameAttributes = before.exists() && (after.mode() == null || normalise(after.mode()).equals(normalise(before.mode())))
                && (after.owner() == null || after.owner().equals(before.owner()))
                && (after.group() == null || after.group().equals(before.group()));
        return sameContent && sameAttributes ? null : new FileChange(why, before, after, validator, restarts);
    }

    public String path() {
        return after.path();
    }

    @Override
    public String summary() {
        return (before.exists() ? "Change " : "Create ") + path() + ": " + why;
    }

    /** A unified diff, with every known secret masked. */
    @Override
    public String detail() {
        List<String> old = before.exists() ? lines(before.content()) : List.of();
        List<String> now = lines(after.content());
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before.exists() ? path() : "/dev/null", path(), old,
                DiffUtils.diff(old, now), 3);
        return Redaction.apply(diff.isEmpty() ? "(owner or mode only)" : String.join("\n", diff));
    }

    private static List<String> lines(byte[] content) {
        return List.of(new String(content, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static String normalise(String mode) {
        return mode == null ? "" : mode.replaceFirst("^0+(?=.)", "");
    }
}
