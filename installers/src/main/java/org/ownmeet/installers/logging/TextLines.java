package org.ownmeet.installers.logging;

import java.util.List;

/** Indentation, so lines OwnMeet adds to a package's file look like the package's own. */
final class TextLines {
    private TextLines() {
    }

    static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** The indentation of the first line with content from {@code from} on that does not close the block. */
    static String bodyIndent(List<String> lines, int from, String otherwise) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.strip().startsWith("}")) {
                return indentOf(line);
            }
        }
        return otherwise;
    }
}
