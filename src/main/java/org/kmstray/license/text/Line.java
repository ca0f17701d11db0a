package org.kmstray.license.text;

/**
 * One logical line of saved console text: hard wraps joined, surrounding white space removed.
 *
 * @param indented whether the line began with white space (ospp.vbs indents its KMS lines with a TAB,
 *                 slmgr.vbs with four spaces)
 */
record Line(String text, boolean indented) {
    boolean isBlank() {
        return text.isEmpty();
    }
}
