package org.kmstray.settings;

import java.util.regex.Pattern;

/**
 * A KMS host as a DNS name or an IP literal, checked strictly enough to be passed to an elevated process.
 *
 * <p>Only ASCII letters, digits, dots, hyphens and (for IPv6) colons pass: no spaces, quotes, shell or
 * environment characters, no look-alike letters from other scripts (internationalised names must be given
 * in their {@code xn--} form), at most 253 characters.
 */
public record HostName(String value) {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    public static final int MAX_LENGTH = 253;

    public HostName {
        try {
            value = check(value);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static HostName parse(String raw) throws InvalidValueException {
        return new HostName(check(raw));
    }

    public boolean isIpv6Literal() {
        return value.indexOf(':') >= 0;
    }

    public boolean isIpLiteral() {
        return isIpv6Literal() || IPV4.matcher(value).matches();
    }

    /** The host as it goes into a URL or {@code host:port}: IPv6 in brackets. */
    public String bracketed() {
        return isIpv6Literal() ? "[" + value + "]" : value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) throws InvalidValueException {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("value.host.empty");
        }
        String v = raw;
        if (v.length() > MAX_LENGTH) {
            throw new InvalidValueException("value.host.tooLong", MAX_LENGTH);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':';
            if (!ok) {
                throw new InvalidValueException("value.host.badCharacter", v);
            }
        }
        if (v.indexOf(':') >= 0) {
            if (!IPV6_CHARS.matcher(v).matches() || !Ipv6.isLiteral(v)) {
                throw new InvalidValueException("value.host.invalid", v);
            }
            return v;
        }
        String name = v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
        if (name.isEmpty()) {
            throw new InvalidValueException("value.host.invalid", v);
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidValueException("value.host.invalid", v);
            }
        }
        if (name.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')) && !IPV4.matcher(name).matches()) {
            throw new InvalidValueException("value.host.invalid", v);
        }
        return name;
    }
}
