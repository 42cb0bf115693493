package org.ownmeet.installers.secret;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A password, passphrase or generated secret. It prints and serialises as {@value #MASK}, cannot be
 * read back from JSON, and is known to {@link Redaction} from the moment it exists, so it is masked in
 * every log line, event and error message until it is {@link #close() wiped}.
 */
@JsonSerialize(using = Secret.Masked.class)
public final class Secret implements AutoCloseable {
    public static final String MASK = "••••••";

    private final char[] value;
    private volatile boolean wiped;

    private Secret(char[] value) {
        this.value = value;
        Redaction.register(this);
    }

    /** Copies the characters; the caller should clear its own array. */
    public static Secret of(char[] chars) {
        return new Secret(Arrays.copyOf(chars, chars.length));
    }

    public static Secret of(String text) {
        return new Secret(text.toCharArray());
    }

    /** A copy of the characters; clear it after use. */
    public char[] chars() {
        requireNotWiped();
        return Arrays.copyOf(value, value.length);
    }

    /** UTF-8 bytes, e.g. to write to a command's stdin; clear them after use. */
    public byte[] utf8() {
        requireNotWiped();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    int length() {
        return value.length;
    }

    boolean isWiped() {
        return wiped;
    }

    /** The value as a String, for {@link Redaction} only (a String cannot be wiped). */
    String revealForRedaction() {
        return new String(value);
    }

    /** Overwrites the value and forgets it. */
    @Override
    public void close() {
        wiped = true;
        Arrays.fill(value, '\0');
        Redaction.unregister(this);
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("this secret has been wiped");
        }
    }

    @Override
    public String toString() {
        return MASK;
    }

    static final class Masked extends JsonSerializer<Secret> {
        @Override
        public void serialize(Secret secret, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(MASK);
        }
    }
}
