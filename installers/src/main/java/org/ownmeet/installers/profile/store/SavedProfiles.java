package org.ownmeet.installers.profile.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;

/**
 * The profiles of the servers this user set up or managed, kept on this computer so that the next
 * start can offer them: one file per server ({@code servers/<host>-<port>.json}), written whole or not
 * at all ({@link ProfileFile#write}). A profile holds no secret, so neither does the folder.
 */
public final class SavedProfiles {
    private static final String SERVERS = "servers";
    private final Path folder;

    public SavedProfiles(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The user's own configuration folder on this system, with OwnMeet's name. */
    public static SavedProfiles forThisUser() {
        return new SavedProfiles(ConfigFolder.of(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /** A saved profile and when it was last saved (the last successful run for that server). */
    public record Saved(Profile profile, Instant savedAt) {
    }

    public Path folder() {
        return folder;
    }

    /**
     * Saves the profile as its server's file, replacing the one before. The server's address must be set.
     *
     * @throws IOException the folder or the file could not be written (the file before is then left as it was)
     */
    public Path save(Profile profile) throws IOException {
        Profile.Server server = profile.server();
        if (server == null || server.host() == null || server.host().isBlank()) {
            throw new IllegalArgumentException("a profile is saved under its server's address, and this one has none");
        }
        Path file = fileFor(server.host(), server.port());
        createPrivately(file.getParent());
        try {
            ProfileFile.write(file, profile);
        } catch (ProfileFileException e) {
            throw new IOException(e.userMessage(), e);
        }
        return file;
    }

    /** The saved profiles, most recently saved first; a file that cannot be read is passed over. */
    public List<Saved> recent() {
        Path servers = folder.resolve(SERVERS);
        List<Saved> saved = new ArrayList<>();
        if (!Files.isDirectory(servers)) {
            return saved;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(servers, "*.json")) {
            for (Path file : files) {
                try {
                    FileTime time = Files.getLastModifiedTime(file);
                    saved.add(new Saved(ProfileFile.read(file), time.toInstant()));
                } catch (ProfileFileException | IOException e) {
                    // a damaged or foreign file is not offered; the server's own record is what counts anyway
                }
            }
        } catch (IOException e) {
            return saved;
        }
        saved.sort(Comparator.comparing(Saved::savedAt).reversed());
        return saved;
    }

    /** The profile saved for this server, if any. */
    public Optional<Profile> find(String host, int port) {
        Path file = fileFor(host, port);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProfileFile.read(file));
        } catch (ProfileFileException e) {
            return Optional.empty();
        }
    }

    /** The server's file: its address in lower case, every character but letters, digits, dot and hyphen as {@code _xx}. */
    Path fileFor(String host, int port) {
        StringBuilder name = new StringBuilder();
        for (char c : host.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                name.append(c);
            } else {
                name.append(String.format(Locale.ROOT, "_%02x", (int) c));
            }
        }
        return folder.resolve(SERVERS).resolve(name + "-" + port + ".json");
    }

    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** For tests: how the environment maps to the folder. */
    static Path folderFor(String osName, Map<String, String> environment, Path home) {
        return ConfigFolder.of(osName, environment, home);
    }
}
