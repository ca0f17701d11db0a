package org.kmstray.license.text;

/**
 * slmgr.vbs /ato's "Activating &lt;Name&gt; (&lt;Activation ID&gt;) ..." line, recognised by what no
 * translation changes: a product name and a GUID in parentheses at the end, e.g.
 * "正在激活 Windows(R), EnterpriseS edition (2d5a5a60-3040-48bf-beb0-fcd770c20ce0) ...".
 *
 * @param name the product name, from the first "Windows" or "Office" on (product names are never translated)
 */
record ActivationLine(String name, String skuId) {

    /** The activation line {@code text} is, or null. */
    static ActivationLine parse(String text) {
        int end = text.length();
        while (end > 0 && isTrailer(text.charAt(end - 1))) {
            end--;
        }
        if (end < Guids.LENGTH + 2 || text.charAt(end - 1) != ')') {
            return null;
        }
        int guidStart = end - 1 - Guids.LENGTH;
        if (text.charAt(guidStart - 1) != '(' || !Guids.isGuid(text, guidStart)) {
            return null;
        }
        String before = text.substring(0, guidStart - 1).strip();
        int at = firstProductWord(before);
        if (at < 0) {
            return null;
        }
        return new ActivationLine(before.substring(at).strip(), Guids.parse(text.substring(guidStart, end - 1)));
    }

    /** The script ends the line with " ..."; a translation may use an ellipsis or nothing. */
    private static boolean isTrailer(char c) {
        return c == '.' || c == '\u2026' || c == ' ' || c == '\u3002';
    }

    private static int firstProductWord(String s) {
        int windows = s.indexOf("Windows");
        int office = s.indexOf("Office");
        if (windows < 0) {
            return office;
        }
        return office < 0 ? windows : Math.min(windows, office);
    }
}
