package org.ownmeet.installers.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where Prosody keeps the accounts of a host ({@code internal_hashed}: one file per account) and how
 * it names the files: every character but letters and digits written as {@code %xx}.
 */
public final class ProsodyAccounts {
    private ProsodyAccounts() {
    }

    public static String directory(String domain) {
        return "/var/lib/prosody/" + encode(domain) + "/accounts";
    }

    public static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                encoded.append(c);
            } else {
                encoded.append(String.format(Locale.ROOT, "%%%02x", b & 0xff));
            }
        }
        return encoded.toString();
    }

    public static String decode(String file) {
        String name = file.endsWith(".dat") ? file.substring(0, file.length() - 4) : file;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' && i + 2 < name.length()) {
                bytes.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The account names in the output of {@code ls} on the accounts folder. */
    static List<String> parse(String listing) {
        return Arrays.stream(listing.split("\n")).map(String::strip).filter(f -> f.endsWith(".dat"))
                .map(ProsodyAccounts::decode).sorted().toList();
    }
}
