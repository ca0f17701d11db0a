package org.kmstray.license.text;

/**
 * Lines that belong to the console session rather than to a product: separators, prompts and the Windows
 * Script Host banner. Each ends the product block before it.
 */
final class LineShapes {
    private LineShapes() {
    }

    /** ospp.vbs separators ({@code ---Processing---}, {@code -----…}, {@code ---Exiting---}), any length. */
    static boolean isSeparator(String text) {
        return text.startsWith("---");
    }

    /** A cmd.exe or PowerShell prompt: {@code C:\…>cscript …} or {@code PS C:\…> cscript …}. */
    static boolean isPrompt(String text) {
        int i = text.startsWith("PS ") ? 3 : 0;
        if (text.length() < i + 3) {
            return false;
        }
        char drive = text.charAt(i);
        boolean letter = (drive >= 'A' && drive <= 'Z') || (drive >= 'a' && drive <= 'z');
        return letter && text.charAt(i + 1) == ':' && text.charAt(i + 2) == '\\' && text.indexOf('>', i + 3) >= 0;
    }

    /**
     * The two Windows Script Host banner lines in any display language. The product names stay in Latin
     * letters in every translation, and so does the version number at the end of the first line, e.g.
     * "Microsoft (R) Windows Script Host 버전 5.7" or "版权所有(C) Microsoft Corporation。保留所有权利。".
     */
    static boolean isBanner(String text) {
        if (!text.contains("Microsoft")) {
            return false;
        }
        if (text.contains("(C)") || text.contains("(c)") || text.contains("\u00A9")) {
            return true;
        }
        return text.contains("Windows") && endsWithVersion(text);
    }

    private static boolean endsWithVersion(String text) {
        int i = text.length() - 1;
        int minor = 0;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
            minor++;
        }
        if (minor == 0 || i < 0 || text.charAt(i) != '.') {
            return false;
        }
        i--;
        int major = 0;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
            major++;
        }
        return major > 0 && (i < 0 || text.charAt(i) == ' ');
    }
}
