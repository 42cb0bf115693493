package org.ownmeet.installers.ssh.files;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/**
 * A file could not be written because a disk of the server is full. Nothing of the batch was
 * replaced: the new contents were written beside the old files first, and those are left as they were.
 */
public final class DiskFullProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    /**
     * @param path   the file being written
     * @param folder the folder where there was no room (the file's own, or the backups')
     */
    public DiskFullProblem(String host, String path, String folder, String error) {
        super("The disk of " + host + " is full where OwnMeet writes " + path + " (in " + folder + "). OwnMeet changed "
                + "nothing in this step: the old files are as they were. Free some space on the server, then run OwnMeet again.",
                "no space left in " + folder + " while writing " + path + (error.isBlank() ? "" : ": " + error));
        this.arguments = values(host, path, folder);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
