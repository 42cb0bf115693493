package org.ownmeet.installers.logging;

/** Just enough of nginx's syntax to edit its log lines: braces and semicolons outside comments and quotes. */
final class NginxSyntax {
    private NginxSyntax() {
    }

    /** Opened minus closed blocks on this line. */
    static int braceBalance(String line) {
        int balance = 0;
        for (char c : code(line).toCharArray()) {
            balance += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return balance;
    }

    /** Whether a directive ends on this line. */
    static boolean endsDirective(String line) {
        return code(line).indexOf(';') >= 0;
    }

    /** The line without its comment, quoted text blanked. */
    private static String code(String line) {
        StringBuilder code = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                code.append(' ');
            } else if (c == '#') {
                break;
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                code.append(quote == 0 ? c : ' ');
            }
        }
        return code.toString();
    }
}
