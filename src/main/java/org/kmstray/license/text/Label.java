package org.kmstray.license.text;

/** Reads "Label: value" lines the way both scripts print them. */
final class Label {
    private Label() {
    }

    /**
     * The trimmed value after {@code label} and a colon at the start of {@code line}, or null when the line
     * is not that label. Case is ignored and spaces may stand before the colon.
     */
    static String value(String line, String label) {
        int n = label.length();
        if (!line.regionMatches(true, 0, label, 0, n)) {
            return null;
        }
        int i = n;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || (line.charAt(i) != ':' && line.charAt(i) != '\uFF1A')) {
            return null;
        }
        return line.substring(i + 1).strip();
    }
}
