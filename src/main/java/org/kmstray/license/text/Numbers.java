package org.kmstray.license.text;

/** Whole numbers inside script text, bounded so that a run of digits in garbage never overflows. */
final class Numbers {
    private static final int MAX_LONG_DIGITS = 18;
    private static final int MAX_INT_DIGITS = 9;

    private Numbers() {
    }

    /** The number the text starts with ("243720 minute(s) (169 day(s))" → 243720), or null. */
    static Long leadingLong(String text) {
        return digitsAt(text, 0, MAX_LONG_DIGITS);
    }

    static Integer leadingInt(String text) {
        Long v = digitsAt(text, 0, MAX_INT_DIGITS);
        return v == null ? null : v.intValue();
    }

    /**
     * The number right after the first "(": ospp.vbs prints "180 days  (259200 minute(s) before expiring)"
     * and the minutes are the exact value, the days only rounded.
     */
    static Long inParentheses(String text) {
        int open = text.indexOf('(');
        return open < 0 ? null : digitsAt(text, open + 1, MAX_LONG_DIGITS);
    }

    private static Long digitsAt(String text, int from, int maxDigits) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > maxDigits) {
            return null;
        }
        return Long.parseLong(text, start, i, 10);
    }
}
