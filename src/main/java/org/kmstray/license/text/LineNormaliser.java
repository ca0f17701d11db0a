package org.kmstray.license.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns saved console text into logical lines: any line ending, a byte order mark, stray NULs and
 * no-break spaces are dealt with, and rows the console hard-wrapped are joined again
 * ("…the computer cou" + "ld not be activated…").
 *
 * <p>A row was wrapped when it filled a whole console row: 80 columns (legacy console), 100 (seen in the
 * shared samples) or 120 (the Windows 10 default), counting East Asian characters as two columns. A row
 * that merely happens to have that length is not joined to a following line the scripts print as a line
 * of its own (a known label, a separator, a prompt, a banner).
 */
final class LineNormaliser {
    private static final int[] CONSOLE_WIDTHS = {80, 100, 120};

    private LineNormaliser() {
    }

    /** The logical lines, each stripped of surrounding white space (indentation means nothing to the readers). */
    static List<String> normalise(String text) {
        List<String> rows = rows(text);
        List<String> lines = new ArrayList<>(rows.size());
        StringBuilder joined = null;
        String lastRow = null;
        for (String row : rows) {
            if (joined != null && continues(lastRow, row)) {
                joined.append(row);
            } else {
                if (joined != null) {
                    lines.add(joined.toString().strip());
                }
                joined = new StringBuilder(row);
            }
            lastRow = row;
        }
        if (joined != null) {
            lines.add(joined.toString().strip());
        }
        return lines;
    }

    /** Physical rows, split at CRLF, CR or LF. */
    static List<String> rows(String text) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    rows.add(row.toString());
                    row.setLength(0);
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> {
                    rows.add(row.toString());
                    row.setLength(0);
                }
                // A byte order mark anywhere (files concatenated), and the NULs of UTF-16 read as a byte charset.
                case '\uFEFF', '\u0000' -> { }
                case '\u00A0' -> row.append(' ');
                default -> row.append(c);
            }
        }
        if (row.length() > 0) {
            rows.add(row.toString());
        }
        return rows;
    }

    private static boolean continues(String previous, String next) {
        String nextText = next.strip();
        if (nextText.isEmpty() || !filledConsoleRow(previous, next)) {
            return false;
        }
        return !startsOwnLine(nextText);
    }

    private static boolean filledConsoleRow(String previous, String next) {
        int raw = ConsoleColumns.of(previous);
        String visible = previous.stripTrailing();
        int columns = visible.length() == previous.length() ? raw : ConsoleColumns.of(visible);
        for (int width : CONSOLE_WIDTHS) {
            boolean full = columns == width;
            // The wrap fell on a space that copying kept, or a wide character did not fit into the last column.
            boolean spaceAtEdge = raw == width && columns == width - 1;
            boolean wideDidNotFit = columns == width - 1 && ConsoleColumns.startsWide(next);
            if (full || spaceAtEdge || wideDidNotFit) {
                return true;
            }
        }
        return false;
    }

    /** Lines the scripts print on their own, including those read for nothing. */
    private static boolean startsOwnLine(String text) {
        return LineShapes.isSeparator(text) || LineShapes.isPrompt(text) || LineShapes.isBanner(text)
                || KnownLine.match(text) != null || ActivationLine.parse(text) != null
                || SlmgrExpiryReader.isHeading(text);
    }
}
