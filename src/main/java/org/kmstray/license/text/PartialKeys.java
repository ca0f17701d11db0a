package org.kmstray.license.text;

/** The last five characters of a product key, as the scripts print them. */
final class PartialKeys {
    private static final int LENGTH = 5;

    private PartialKeys() {
    }

    /** The five characters, or null for anything else (a redaction such as "*****" or "xxxxx"). */
    static String parse(String value) {
        String v = value.strip();
        if (v.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = v.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return null;
            }
        }
        return v;
    }
}
