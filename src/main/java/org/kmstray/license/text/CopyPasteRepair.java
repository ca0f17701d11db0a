package org.kmstray.license.text;

/**
 * Undoes a copy/paste artefact seen in real reports: a space slipped in after an underscore
 * ("OOB_ GRACE", "TIMEBASED_ SUB", "R_ Subscription1"). No name, channel or token the scripts print has
 * white space after an underscore.
 */
final class CopyPasteRepair {
    private CopyPasteRepair() {
    }

    static String underscores(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean afterUnderscore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (afterUnderscore && c == ' ') {
                continue;
            }
            out.append(c);
            afterUnderscore = c == '_';
        }
        return out.toString();
    }
}
