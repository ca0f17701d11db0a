package org.kmstray.license;

import org.kmstray.i18n.Messages;

/** Plain-words meaning and remedy of an activation error code. */
public final class ErrorCatalogue {
    private ErrorCatalogue() {
    }

    /** A meaning and a remedy for a code; known codes have their own text, others a generic one naming the code. */
    public record Explanation(Hresult code, String meaning, String remedy, boolean known) {
    }

    public static boolean isKnown(Hresult code) {
        return false;
    }

    public static Explanation explain(Hresult code, Messages m) {
        return new Explanation(code, m.get("error.unknown.meaning", code.hex()), m.get("error.unknown.remedy", code.hex()), false);
    }
}
