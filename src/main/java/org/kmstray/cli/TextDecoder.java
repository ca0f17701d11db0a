package org.kmstray.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes saved console output whatever wrote it: PowerShell 5's {@code >} writes UTF-16LE with a BOM,
 * {@code cscript //U} UTF-16LE without one, newer tools UTF-8, and cmd.exe the OEM code page (950 on
 * Traditional Chinese Windows).
 */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksUtf16Le(b)) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        for (String name : new String[] {"x-windows-950", "Big5", "windows-1252"}) {
            if (Charset.isSupported(name)) {
                String s = strict(b, Charset.forName(name));
                if (s != null) {
                    return s;
                }
            }
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** ASCII text in UTF-16LE has a zero in most odd bytes. */
    private static boolean looksUtf16Le(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int zeros = 0;
        for (int i = 1; i < n; i += 2) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        return zeros * 4 > n;
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
