package org.kmstray.settings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an organisation settings file as Windows editors save it: UTF-8 with or without a byte order
 * mark, UTF-16 with one (Notepad's "Unicode"), or the system's ANSI code page (Notepad's "ANSI": 950, Big5,
 * on Traditional Chinese Windows). Bytes that none of these explain are replaced and reported, never passed
 * on as mangled values.
 */
final class SettingsFileText {
    /** What the characters that could not be decoded became. */
    static final char UNREADABLE = '\uFFFD';

    /** The decoded text, and whether some bytes could not be decoded. */
    record Decoded(String text, boolean lossy) {
    }

    private SettingsFileText() {
    }

    static Decoded decode(byte[] b, Charset ansi) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return lenient(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return lenient(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return lenient(b, 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, false);
        }
        String local = ansi.equals(StandardCharsets.UTF_8) ? null : strict(b, ansi);
        return local != null ? new Decoded(local, false) : lenient(b, 0, StandardCharsets.UTF_8);
    }

    /**
     * The system's ANSI code page, which Notepad's "ANSI" means: {@code native.encoding} (Java 17) is the
     * code page of the system locale on Windows, whatever {@code file.encoding} says.
     */
    static Charset systemAnsi() {
        for (String property : new String[] {"native.encoding", "sun.jnu.encoding"}) {
            String name = System.getProperty(property);
            try {
                if (name != null && Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            } catch (IllegalArgumentException e) {
                // An illegal charset name: try the next property.
            }
        }
        return Charset.defaultCharset();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Decoded lenient(byte[] b, int offset, Charset cs) {
        String text = new String(b, offset, b.length - offset, cs);
        return new Decoded(text, text.indexOf(UNREADABLE) >= 0);
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
