package org.kmstray.license.text;

import org.kmstray.license.Hresult;

/** Finds status codes such as {@code 0xC004F074} inside a line, whatever language surrounds them. */
final class HexCodes {
    private static final int MAX_DIGITS = 8;

    private HexCodes() {
    }

    /**
     * The first {@code 0x} code of one to eight hex digits. ospp.vbs prints codes with VBScript's Hex(),
     * which drops leading zeros.
     */
    static Hresult first(String text) {
        return find(text, 1);
    }

    /**
     * The first code of exactly eight hex digits: an error HRESULT as slmgr.vbs prints it. This skips the
     * {@code 0x2a} in "run 'slui.exe 0x2a 0xC004F074'".
     */
    static Hresult firstHresult(String text) {
        return find(text, MAX_DIGITS);
    }

    private static Hresult find(String text, int minDigits) {
        int n = text.length();
        for (int i = 0; i + 2 < n; i++) {
            if (text.charAt(i) != '0' || (text.charAt(i + 1) != 'x' && text.charAt(i + 1) != 'X')) {
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 2;
            while (end < n && end - (i + 2) <= MAX_DIGITS && Guids.isHex(text.charAt(end))) {
                end++;
            }
            int digits = end - (i + 2);
            if (digits >= minDigits && digits <= MAX_DIGITS) {
                return new Hresult((int) Long.parseLong(text.substring(i + 2, end), 16));
            }
        }
        return null;
    }
}
