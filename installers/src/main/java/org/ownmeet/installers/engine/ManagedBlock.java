package org.ownmeet.installers.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of lines that OwnMeet owns inside a file it shares with a package, between two marker
 * comments. Each installer owns its named block; putting it again replaces it in place (with the
 * indentation it has there), so re-runs change nothing and other lines of the file are never touched.
 */
public final class ManagedBlock {
    private ManagedBlock() {
    }

    /**
     * The block at the end of the file, or in place where it already is.
     *
     * @param comment the file's line comment ({@code //} for JavaScript, {@code --} for Lua, {@code #} for shell)
     */
    public static String put(String text, String comment, String name, String body) {
        Matcher existing = existing(text, comment, name);
        if (existing.find()) {
            return replace(text, existing, comment, name, body);
        }
        return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block(comment, name, body, "");
    }

    /**
     * The block right after the first line {@code anchor} finds (and the lines after it that
     * {@code anchor} also finds), indented like that line; or in place where it already is. Null when
     * neither the block nor the anchor is in the file: it is not in the shape OwnMeet knows.
     */
    public static String putAfter(String text, String comment, String name, String body, Pattern anchor) {
        Matcher existing = existing(text, comment, name);
        if (existing.find()) {
            return replace(text, existing, comment, name, body);
        }
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            if (anchor.matcher(lines[i]).find()) {
                String indent = lines[i].substring(0, lines[i].length() - lines[i].stripLeading().length());
                int end = offset;
                int j = i;
                while (j < lines.length && anchor.matcher(lines[j]).find()) {
                    end += lines[j].length() + 1;
                    j++;
                }
                return text.substring(0, Math.min(end, text.length())) + block(comment, name, body, indent)
                        + text.substring(Math.min(end, text.length()));
            }
            offset += lines[i].length() + 1;
        }
        return null;
    }

    /** The text without the block (and the same text when it has none). */
    public static String remove(String text, String comment, String name) {
        Matcher existing = existing(text, comment, name);
        return existing.find() ? text.substring(0, existing.start()) + text.substring(existing.end()) : text;
    }

    private static Matcher existing(String text, String comment, String name) {
        return Pattern.compile("(?m)^([ \\t]*)" + Pattern.quote(comment + " BEGIN OwnMeet " + name + " ") + ".*\\n(?s:.*?)^[ \\t]*"
                + Pattern.quote(comment + " END OwnMeet " + name) + "[^\\n]*\\n?").matcher(text);
    }

    private static String replace(String text, Matcher existing, String comment, String name, String body) {
        return text.substring(0, existing.start()) + block(comment, name, body, existing.group(1)) + text.substring(existing.end());
    }

    private static String block(String comment, String name, String body, String indent) {
        StringBuilder block = new StringBuilder(indent).append(comment).append(" BEGIN OwnMeet ").append(name)
                .append(" (OwnMeet rewrites this block; edit outside it)\n");
        for (String line : body.strip().split("\n")) {
            block.append(line.isBlank() ? "" : indent + line).append('\n');
        }
        return block.append(indent).append(comment).append(" END OwnMeet ").append(name).append('\n').toString();
    }
}
