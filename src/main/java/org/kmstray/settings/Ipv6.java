package org.kmstray.settings;

/** Syntax of IPv6 literals (RFC 4291 §2.2), checked without ever asking DNS. */
final class Ipv6 {
    private Ipv6() {
    }

    static boolean isLiteral(String s) {
        return toBytes(s) != null;
    }

    /** The 16 address bytes of a literal, or null when it is not one. Zone IDs are not accepted. */
    static byte[] toBytes(String s) {
        if (s == null || s.isEmpty() || s.length() > 45) {
            return null;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, doubleColon < 0);
        int[] tailGroups = doubleColon >= 0 ? groups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int total = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        int pos = 0;
        for (int g : headGroups) {
            out[pos++] = (byte) (g >> 8);
            out[pos++] = (byte) g;
        }
        pos = 16 - tailGroups.length * 2;
        for (int g : tailGroups) {
            out[pos++] = (byte) (g >> 8);
            out[pos++] = (byte) g;
        }
        return out;
    }

    /** Groups of 16 bits; a trailing dotted IPv4 part counts as two groups when it may end the address. */
    private static int[] groups(String part, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] items = part.split(":", -1);
        int[] tmp = new int[items.length * 2];
        int n = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            if (item.indexOf('.') >= 0) {
                if (i != items.length - 1 || !mayEndWithIpv4) {
                    return null;
                }
                byte[] v4 = Ipv4.toBytes(item);
                if (v4 == null) {
                    return null;
                }
                tmp[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                tmp[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (item.isEmpty() || item.length() > 4) {
                return null;
            }
            int value = 0;
            for (int k = 0; k < item.length(); k++) {
                int d = Character.digit(item.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                value = value * 16 + d;
            }
            tmp[n++] = value;
        }
        return java.util.Arrays.copyOf(tmp, n);
    }
}
