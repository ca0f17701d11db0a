package org.kmstray.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A network block such as {@code 140.112.0.0/16} or {@code 2001:288::/32}. */
public record Cidr(byte[] network, int prefixLength, String text) {

    public static Cidr parse(String raw) throws InvalidValueException {
        String s = raw == null ? "" : raw.trim();
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        byte[] bytes = addr.indexOf(':') >= 0 ? Ipv6.toBytes(addr) : Ipv4.toBytes(addr);
        if (bytes == null) {
            throw new InvalidValueException("value.cidr.invalid", s);
        }
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) {
                throw new InvalidValueException("value.cidr.invalid", s);
            }
            prefix = Integer.parseInt(p);
            if (prefix > max) {
                throw new InvalidValueException("value.cidr.invalid", s);
            }
        }
        return new Cidr(mask(bytes, prefix), prefix, s);
    }

    /** Whether an address (given as its raw bytes, 4 or 16) lies inside this block. */
    public boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        byte[] masked = mask(address, prefixLength);
        return java.util.Arrays.equals(masked, network);
    }

    public boolean contains(InetAddress address) {
        return address != null && contains(address.getAddress());
    }

    /** Parses an IP literal without DNS; null when the text is not one. */
    public static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        byte[] b = t.indexOf(':') >= 0 ? Ipv6.toBytes(t) : Ipv4.toBytes(t);
        if (b == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean isIpv6() {
        return network.length == 16;
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int bitsHere = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - bitsHere)));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefixLength == prefixLength && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(network) * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
