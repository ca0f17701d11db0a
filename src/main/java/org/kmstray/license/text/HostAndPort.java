package org.kmstray.license.text;

import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * A KMS host as the scripts print it: always {@code <host>:<port>}. slmgr /skms keeps an IPv6 address in
 * brackets ({@code [2001:db8::5]:1688}); ospp.vbs /sethst stores its value unchanged, so a bare IPv6
 * address is printed as {@code 2001:db8::5:1688} and the port is what follows the last colon.
 *
 * @param port null when missing or not a TCP port number
 */
record HostAndPort(String host, Integer port) {

    /** The host and port, or null when the host is not a valid host name (e.g. redacted as "xxx"). */
    static HostAndPort parse(String value) {
        String s = value.strip();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                return null;
            }
            String rest = s.substring(close + 1);
            boolean hasPort = rest.startsWith(":") && isDigits(rest.substring(1));
            return of(s.substring(1, close), hasPort ? port(rest.substring(1)) : null);
        }
        int colon = s.lastIndexOf(':');
        if (colon > 0 && isDigits(s.substring(colon + 1))) {
            HostAndPort split = of(s.substring(0, colon), port(s.substring(colon + 1)));
            if (split != null) {
                return split;
            }
        }
        // No port after all, e.g. a bare IPv6 address.
        return of(s, null);
    }

    private static HostAndPort of(String host, Integer port) {
        try {
            return new HostAndPort(HostName.parse(host).value(), port);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static Integer port(String digits) {
        if (digits.length() > 5) {
            return null;
        }
        int p = Integer.parseInt(digits);
        return p >= 1 && p <= 65535 ? p : null;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
