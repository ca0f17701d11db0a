package org.kmstray.license.text;

import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * A KMS host as the scripts print it: always {@code <host>:<port>}. slmgr /skms keeps an IPv6 address in
 * brackets ({@code [2001:db8::5]:1688}); ospp.vbs /sethst stores its value unchanged, so a bare IPv6
 * address is printed as {@code 2001:db8::5:1688} and the port is what follows the last colon.
 *
 * @param port null when missing or not a TCP port
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
            return of(s.substring(1, close), rest.startsWith(":") ? port(rest.substring(1)) : null);
        }
        int colon = s.lastIndexOf(':');
        if (colon > 0) {
            Integer port = port(s.substring(colon + 1));
            HostAndPort split = port == null ? null : of(s.substring(0, colon), port);
            if (split != null) {
                return split;
            }
        }
        return of(s, null);
    }

    private static HostAndPort of(String host, Integer port) {
        try {
            return new HostAndPort(HostName.parse(host).value(), port);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static Integer port(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 5 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int p = Integer.parseInt(t);
        return p >= 1 && p <= 65535 ? p : null;
    }
}
