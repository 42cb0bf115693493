package org.ownmeet.installers.profile.validation;

/**
 * User input as it is quoted in a message: invisible characters made visible, and long text cut, so
 * a pasted line break or a page of text cannot garble the message around it.
 */
final class Shown {
    static final int LONGEST = 60;

    private Shown() {
    }

    static String quoted(String text) {
        StringBuilder shown = new StringBuilder("\"");
        int count = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (count++ == LONGEST) {
                shown.append('…');
                break;
            }
            int c = text.codePointAt(i);
            shown.append(isInvisible(c) ? String.format("[U+%04X]", c) : Character.toString(c));
        }
        return shown.append('"').toString();
    }

    /** A character the user cannot see, or that moves text around: control, format, line and paragraph marks. */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || (Character.isWhitespace(c) && c != ' ');
    }

    /** "U+200B", for naming a character that cannot be shown. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
