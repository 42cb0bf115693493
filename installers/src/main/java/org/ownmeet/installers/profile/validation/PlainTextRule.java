package org.ownmeet.installers.profile.validation;

/**
 * Free text for the documents (organisation name, address, data protection officer): within a length,
 * and without control characters that would garble a document. Escaping for HTML and the like is the
 * documents' job, not this rule's; spaces around the text are dropped.
 */
final class PlainTextRule {
    private PlainTextRule() {
    }

    /**
     * @param missing the message when it is empty, or null when it may be empty
     * @param missingCode its code ("organisation-name.missing")
     * @param lines whether line breaks are allowed (an address)
     */
    static CheckedValue<String> check(String field, String label, String input, String missing, String missingCode, int longest,
            boolean lines) {
        if (input == null || input.isBlank()) {
            return missing == null ? CheckedValue.valid(null) : CheckedValue.invalid(field, missing, missingCode);
        }
        String text = input.strip();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && !lines) {
                return CheckedValue.invalid(field, label + ": write it on one line", "text.one-line");
            }
            if (!lineBreak && c != '\t' && Shown.isInvisible(c)) {
                return CheckedValue.invalid(field, label + ": contains an invisible character (" + Shown.codePoint(c)
                        + "), perhaps from copying it; type it by hand", "text.invisible", Shown.codePoint(c));
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length > longest) {
            return CheckedValue.invalid(field, label + ": too long: at most " + longest + " characters, and it has " + length,
                    "text.too-long", longest, length);
        }
        return CheckedValue.valid(text);
    }
}
