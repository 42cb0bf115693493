package org.ownmeet.installers.ssh.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.ssh.exec.ScriptRunner;

/**
 * Reading and writing files on the server as root, many files in one round trip. A write goes to a
 * temporary file in the same folder, is checked against its SHA-256, given its owner and mode,
 * flushed to disk and renamed over the old file, whose copy is kept under {@link #backupFolder()}.
 * A file whose content and attributes are already right is not touched at all. New contents travel
 * as raw bytes after the script on stdin, each read with {@code head -c <its size>}.
 */
public final class RemoteFiles {
    public static final String BACKUP_ROOT = "/var/backups/ownmeet";

    private final ScriptRunner runner;
    private final String backupFolder;

    public RemoteFiles(ScriptRunner runner) {
        this.runner = runner;
        this.backupFolder = BACKUP_ROOT + "/" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                .withZone(ZoneOffset.UTC).format(Instant.now());
    }

    /** Where this session keeps the previous versions of the files it replaces (root only). */
    public String backupFolder() {
        return backupFolder;
    }

    /** Reads all the files in one round trip; a missing one comes back as such. */
    public Map<String, FileSnapshot> read(List<String> paths) {
        List<String> out = runner.run(RemoteScript.asRoot("read " + paths.size() + " file(s)", readScript(paths)).quiet())
                .requireSuccess().stdout();
        return parseRead(paths, out);
    }

    /** The script part that prints the files, for a caller that reads them together with other things. */
    public static String readScript(List<String> paths) {
        StringBuilder script = new StringBuilder(ScriptResource.text(RemoteFiles.class, "read-files.sh"));
        for (int i = 0; i < paths.size(); i++) {
            script.append("ownmeet_read ").append(i).append(' ').append(ShellQuote.quote(paths.get(i))).append('\n');
        }
        return script.toString();
    }

    /** The files among {@code out}, the output of {@link #readScript}; other lines are left to the caller. */
    public static Map<String, FileSnapshot> parseRead(List<String> paths, List<String> out) {
        Map<String, FileSnapshot> files = new LinkedHashMap<>();
        for (int line = 0; line < out.size(); line++) {
            String[] header = out.get(line).split(" ");
            if (header[0].equals("OWNMEET-FILE")) {
                String path = paths.get(Integer.parseInt(header[1]));
                byte[] content = Base64.getDecoder().decode(out.get(++line));
                files.put(path, new FileSnapshot(path, true, content, header[2], header[3], header[4]));
            } else if (header[0].equals("OWNMEET-MISSING")) {
                String path = paths.get(Integer.parseInt(header[1]));
                files.put(path, FileSnapshot.missing(path));
            }
        }
        return files;
    }

    public FileSnapshot read(String path) {
        return read(List.of(path)).get(path);
    }

    public WriteResult write(FileWrite file) {
        return write(List.of(file)).get(0);
    }

    /** Writes all the files in one round trip, each atomically; stops at the first that fails. */
    public List<WriteResult> write(List<FileWrite> files) {
        StringBuilder script = new StringBuilder(ScriptResource.of(RemoteFiles.class, "write-files.sh")
                .with("BACKUP_FOLDER", backupFolder).text())
                .append("install -d -m 700 ").append(BACKUP_ROOT).append('\n');
        java.io.ByteArrayOutputStream contents = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < files.size(); i++) {
            FileWrite file = files.get(i);
            script.append("ownmeet_write ").append(i).append(' ').append(ShellQuote.quote(file.path())).append(' ')
                    .append(file.sha256()).append(' ').append(orKeep(file.mode())).append(' ')
                    .append(ShellQuote.quote(orKeep(file.owner()))).append(' ').append(ShellQuote.quote(orKeep(file.group())))
                    .append(' ').append(file.content().length).append('\n');
            contents.writeBytes(file.content());
        }
        script.append("ownmeet_commit\n");
        // never cut off by a cancel: files written in part would be a step neither done nor undone
        RunResult result = runner.run(RemoteScript.asRoot("write " + files.size() + " file(s)", script.toString()).quiet()
                .withData(contents.toByteArray()).runToTheEnd());
        noSpace(result, files);
        result.requireSuccess();
        List<WriteResult> written = new ArrayList<>();
        for (String line : result.stdout().stream().sorted(java.util.Comparator.comparingInt(RemoteFiles::index)).toList()) {
            String[] fields = line.split(" ", 3);
            String path = files.get(Integer.parseInt(fields[1])).path();
            WriteResult one = switch (fields[0]) {
                case "OWNMEET-UNCHANGED" -> new WriteResult(path, WriteResult.Outcome.UNCHANGED, null);
                case "OWNMEET-CREATED" -> new WriteResult(path, WriteResult.Outcome.CREATED, null);
                case "OWNMEET-REPLACED" -> new WriteResult(path, WriteResult.Outcome.REPLACED, fields[2]);
                default -> throw new IllegalStateException("unexpected answer from the server: " + line);
            };
            runner.emit(one.changed() ? new SshEvent.FileWritten(path, one.backup()) : new SshEvent.FileUnchanged(path));
            written.add(one);
        }
        return written;
    }

    /**
     * Puts back, in one round trip, what {@link #write(List)} replaced or created: a replaced file is
     * copied back from its backup (byte for byte, with its owner and mode) and renamed into place; a
     * created one is removed.
     */
    public void restore(List<WriteResult> written) {
        StringBuilder script = new StringBuilder();
        for (WriteResult result : written) {
            String target = ShellQuote.quote(result.path());
            switch (result.outcome()) {
                case REPLACED -> script.append("t=").append(target).append("; if [ -L \"$t\" ]; then t=$(readlink -f -- \"$t\"); fi\n")
                        .append("tmp=$(mktemp -- \"$(dirname -- \"$t\")/.ownmeet-XXXXXXXX.tmp\")\n")
                        .append("cp -a -- ").append(ShellQuote.quote(result.backup())).append(" \"$tmp\" && sync -- \"$tmp\" && mv -f -- \"$tmp\" \"$t\"\n");
                case CREATED -> script.append("rm -f -- ").append(target).append('\n');
                case UNCHANGED -> { }
            }
        }
        if (script.length() > 0) {
            runner.run(RemoteScript.asRoot("put back " + written.size() + " file(s)", script.toString()).quiet().runToTheEnd())
                    .requireSuccess();
        }
    }

    /** A full disk is said as such: nothing of the batch was replaced (the first pass failed). */
    private static void noSpace(RunResult result, List<FileWrite> files) {
        if (result.succeeded()) {
            return;
        }
        for (String line : result.stdout()) {
            String[] fields = line.split(" ", 3);
            if (fields[0].equals("OWNMEET-NO-SPACE") && fields.length == 3) {
                throw new DiskFullProblem(result.host(), files.get(Integer.parseInt(fields[1])).path(), fields[2],
                        String.join(" ", result.stderr()));
            }
        }
    }

    private static int index(String answer) {
        String[] fields = answer.split(" ", 3);
        return fields.length > 1 && fields[1].matches("\\d+") ? Integer.parseInt(fields[1]) : Integer.MAX_VALUE;
    }

    private static String orKeep(String value) {
        return value == null ? "keep" : value;
    }
}
