package org.kmstray.license.text;

/**
 * How many console columns a row of text fills. East Asian wide characters take two columns in the
 * Windows console, so a zh-TW or zh-CN row wraps after fewer characters than an English one.
 */
final class ConsoleColumns {
    private static final int TAB_STOP = 8;

    private ConsoleColumns() {
    }

    static int of(CharSequence row) {
        int columns = 0;
        for (int i = 0; i < row.length(); ) {
            int cp = Character.codePointAt(row, i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                columns += TAB_STOP - columns % TAB_STOP;
            } else {
                columns += isWide(cp) ? 2 : 1;
            }
        }
        return columns;
    }

    static boolean startsWide(CharSequence row) {
        return row.length() > 0 && isWide(Character.codePointAt(row, 0));
    }

    /** East Asian Wide and Fullwidth blocks (Hangul, CJK, kana, full-width forms). */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
