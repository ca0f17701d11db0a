package org.kmstray.platform.windows;

/**
 * A registry value as the settings parser reads it. Group Policy writes numbers as DWORD and lists as
 * multi-strings, the MSI writes plain strings; all end up as the same text.
 */
final class RegistryValueText {
    private RegistryValueText() {
    }

    /** @return the text, or null for types that carry no setting (binary, none) */
    static String of(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer i) {
            return Integer.toUnsignedString(i);
        }
        if (value instanceof Long l) {
            return Long.toUnsignedString(l);
        }
        if (value instanceof String[] parts) {
            return String.join(",", parts);
        }
        return null;
    }
}
