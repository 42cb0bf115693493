package org.ownmeet.installers.logging;

import java.util.List;

/**
 * Just enough of Lua's syntax to find a setting in a Prosody configuration: what of a line is code
 * (not a {@code --} comment, a {@code --[[ ]]} block comment or a string), and where a table value
 * that spans lines ends.
 */
final class LuaCode {
    private LuaCode() {
    }

    /** The code of {@code line}, comments and string contents blanked; {@code inBlockComment}: the line starts inside one. */
    static String of(String line, boolean inBlockComment) {
        return scan(line, inBlockComment).code();
    }

    /** Whether a block comment is still open at the end of {@code line}. */
    static boolean endsInBlockComment(String line, boolean inBlockComment) {
        return scan(line, inBlockComment).blockCommentOpen();
    }

    /** The index of the line where the value assigned on line {@code start} ends (a table: its closing brace). */
    static int endOfValue(List<String> lines, int start) {
        int depth = 0;
        boolean inBlockComment = false;
        for (int i = start; i < lines.size(); i++) {
            String code = of(lines.get(i), inBlockComment);
            inBlockComment = endsInBlockComment(lines.get(i), inBlockComment);
            if (i == start) {
                code = code.substring(code.indexOf('=') + 1);
            }
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (depth <= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("the value on line " + (start + 1) + " is never closed");
    }

    private record Scan(String code, boolean blockCommentOpen) {
    }

    private static Scan scan(String line, boolean inBlockComment) {
        StringBuilder code = new StringBuilder();
        boolean inBlock = inBlockComment;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inBlock) {
                if (line.startsWith("]]", i)) {
                    inBlock = false;
                    i++;
                }
                code.append(' ');
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                    code.append(c);
                    continue;
                }
                code.append(' ');
            } else if (line.startsWith("--[[", i)) {
                inBlock = true;
                i += 3;
            } else if (line.startsWith("--", i)) {
                break;
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                code.append(c);
            }
        }
        return new Scan(code.toString(), inBlock);
    }
}
