package org.kmstray.ui.tray;

/** Shortening text to the tray's limits. */
public final class Texts {
    private Texts() {
    }

    /**
     * {@code text} cut to at most {@code limit} characters, ending in an ellipsis when cut, never splitting a
     * surrogate pair.
     */
    public static String fit(String text, int limit) {
        if (text == null) {
            return "";
        }
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
