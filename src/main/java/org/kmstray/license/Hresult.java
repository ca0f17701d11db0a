package org.kmstray.license;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A 32-bit status code as Windows prints it: {@code 0xC004F074}. */
public record Hresult(int value) {
    private static final Pattern HEX = Pattern.compile("(?i)^\\s*(?:0x)?([0-9a-f]{1,8})\\s*$");

    public static Optional<Hresult> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = HEX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Hresult((int) Long.parseLong(m.group(1), 16)));
    }

    /** The severity bit is clear (S_OK, 0x4004F040 …): informational, not an error. */
    public boolean isSuccess() {
        return value >= 0;
    }

    /** Eight upper-case hex digits, e.g. {@code 0xC004F074}; slerror codes and WMI values print this way. */
    public String hex() {
        return "0x" + String.format(Locale.ROOT, "%08X", value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
