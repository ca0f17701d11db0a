package org.kmstray.settings;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * IP addresses as people read and type them. IPv6 in the RFC 5952 short form (lower case, leading zeros
 * dropped, the longest run of two or more zero groups as {@code ::}, the first of equal runs): Java's
 * {@link InetAddress#getHostAddress()} gives {@code 0:0:0:0:0:0:0:1} where everyone writes {@code ::1}.
 */
public final class IpAddressText {
    private IpAddressText() {
    }

    /** The address in its short form, with its zone ({@code %eth0}) where it has one. */
    public static String of(InetAddress address) {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? compact(text) : text;
    }

    /** An IP literal in its short form; IPv4 and text that is no IP literal come back unchanged. */
    public static String compact(String literal) {
        if (literal == null || literal.indexOf(':') < 0) {
            return literal;
        }
        String t = literal.trim();
        int percent = t.indexOf('%');
        String zone = percent < 0 ? "" : t.substring(percent);
        byte[] b = Ipv6.toBytes(percent < 0 ? t : t.substring(0, percent));
        if (b == null) {
            return literal;
        }
        return shortForm(b) + zone;
    }

    private static String shortForm(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
