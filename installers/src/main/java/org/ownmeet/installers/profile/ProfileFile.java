package org.ownmeet.installers.profile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@link Profile} as a JSON file: pretty, stable, and read back strictly. Reading never guesses: an
 * unknown field, a missing one, a value of the wrong kind or a profile from a newer OwnMeet is a
 * {@link ProfileFileException} that names the field. The file holds no secret, because a profile has none.
 */
public final class ProfileFile {
    /** Far more than any profile; a bigger file is something else, and is not read into memory. */
    static final long LARGEST_FILE = 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ProfileFile() {
    }

    public static String toJson(Profile profile) {
        try {
            return ProfileJson.WRITER.writeValueAsString(profile) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile record could not be written as JSON", e);
        }
    }

    public static Profile fromJson(String json) throws ProfileFileException {
        // some Windows editors put a byte order mark in front; it is not part of the profile
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        // the text as read, or as migrated to the current version
        try {
            JsonNode tree = ProfileJson.MAPPER.readTree(text);
            SchemaVersionCheck.check(tree);
            JsonNode current = SchemaMigration.toCurrent(tree);
            if (current != tree) {
                text = ProfileJson.WRITER.writeValueAsString(current);
            }
            ProfileJson.UNKNOWN_FIELDS_FIRST.readValue(text);
            return ProfileJson.MAPPER.readValue(text, Profile.class);
        } catch (JsonProcessingException e) {
            throw ProfileJsonErrors.translate(e, text);
        }
    }

    public static Profile read(Path file) throws ProfileFileException {
        String text;
        try {
            if (Files.size(file) > LARGEST_FILE) {
                throw new ProfileFileException("The file " + file + " is too large to be an OwnMeet profile.",
                        Files.size(file) + " bytes > " + LARGEST_FILE, null, null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileFileException("OwnMeet cannot find the profile file " + file + ".", e.toString(), null, e);
        } catch (AccessDeniedException e) {
            throw new ProfileFileException("OwnMeet may not read the profile file " + file + ". Check who may open it.",
                    e.toString(), null, e);
        } catch (CharacterCodingException e) {
            throw new ProfileFileException("The profile file " + file
                    + " is damaged: it is not text as OwnMeet writes it (UTF-8).", e.toString(), null, e);
        } catch (IOException e) {
            throw new ProfileFileException("OwnMeet could not read the profile file " + file + ".", e.toString(), null, e);
        }
        return fromJson(text);
    }

    /** Writes the whole file or nothing: a crash mid-write leaves the old file as it was. */
    public static void write(Path file, Profile profile) throws ProfileFileException {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, toJson(profile), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            String why = e instanceof AccessDeniedException ? " OwnMeet may not write there; choose another folder."
                    : e instanceof NoSuchFileException ? " The folder does not exist." : "";
            throw new ProfileFileException("OwnMeet could not save the profile to " + file + "." + why, e.toString(), null, e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the save has already failed; that failure is the one to report
        }
    }
}
