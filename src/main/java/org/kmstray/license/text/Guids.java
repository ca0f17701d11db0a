package org.kmstray.license.text;

import java.util.Locale;

/** SKU, Activation and Application IDs as the scripts print them: 36-character GUIDs. */
final class Guids {
    static final int LENGTH = 36;

    private Guids() {
    }

    /** The GUID in lower case, or null for anything else (a redacted "xxxxxxxx-…" included). */
    static String parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() == LENGTH + 2 && v.charAt(0) == '{' && v.charAt(LENGTH + 1) == '}') {
            v = v.substring(1, LENGTH + 1);
        }
        return isGuid(v, 0) && v.length() == LENGTH ? v.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the 36 characters from {@code start} form a GUID. */
    static boolean isGuid(CharSequence s, int start) {
        if (start < 0 || start + LENGTH > s.length()) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = s.charAt(start + i);
            boolean hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenPlace ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
