package org.ownmeet.installers.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of lines that OwnMeet owns inside a file it shares with a package, between two marker
 * comments. Each installer owns its named block; putting it again replaces it in place, so re-runs
 * change nothing and other lines of the file are never touched.
 */
public final class ManagedBlock {
    private ManagedBlock() {
    }

    /**
     * @param comment the file's line comment ({@code //} for JavaScript, {@code --} for Lua, {@code #} for shell)
     */
    public static String put(String text, String comment, String name, String body) {
        String begin = comment + " BEGIN OwnMeet " + name + " (OwnMeet rewrites this block; edit outside it)";
        String end = comment + " END OwnMeet " + name;
        String block = begin + "\n" + body.strip() + "\n" + end + "\n";
        Matcher existing = Pattern.compile("(?m)^" + Pattern.quote(comment + " BEGIN OwnMeet " + name) + ".*\\n(?s:.*?)^"
                + Pattern.quote(end) + "[^\\n]*\\n?").matcher(text);
        if (existing.find()) {
            return text.substring(0, existing.start()) + block + text.substring(existing.end());
        }
        return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block;
    }
}
