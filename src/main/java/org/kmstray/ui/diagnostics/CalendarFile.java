package org.kmstray.ui.diagnostics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Product;
import org.kmstray.ui.status.ProductLabel;

/**
 * An iCalendar file (RFC 5545) with one event at the moment a product's activation runs out and an
 * alarm early enough to renew: a week before when there is time, otherwise as early as still lies ahead.
 * Times are UTC, so no time zone definition is needed and every calendar shows local time.
 */
public final class CalendarFile {
    /** Alarm lead times, longest first; the first that still lies in the future is used. */
    static final List<Duration> ALARM_LEADS = List.of(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1), Duration.ofHours(1));
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    /** @param zone the zone the expiry date is written in inside the description */
    public static String ics(Product product, Instant expiry, Messages m, Instant now, ZoneId zone) {
        String name = ProductLabel.name(product, m);
        String when = m.dateTime(expiry, zone);
        String lang = m.language().tag();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//KMS Tray//KMS Tray//" + lang.toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(product, expiry));
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(expiry));
        line(out, "DURATION:PT30M");
        line(out, "SUMMARY;LANGUAGE=" + lang + ":" + text(m.get("calendar.summary", name)));
        line(out, "DESCRIPTION;LANGUAGE=" + lang + ":" + text(m.get("calendar.description", name, when)));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "STATUS:CONFIRMED");
        alarmLead(now, expiry).ifPresent(lead -> {
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION:" + text(m.get("calendar.alarm", name, when)));
            line(out, "TRIGGER:-" + durValue(lead));
            line(out, "END:VALARM");
        });
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Stable for one product and one expiry, so saving twice updates the event instead of adding another. */
    static String uid(Product product, Instant expiry) {
        String id = product.skuId() != null ? product.skuId()
                : Integer.toHexString(String.valueOf(product.name()).hashCode());
        return "kmstray-" + id + "-" + expiry.getEpochSecond() + "@kms-tray.invalid";
    }

    static java.util.Optional<Duration> alarmLead(Instant now, Instant expiry) {
        return ALARM_LEADS.stream().filter(lead -> now.isBefore(expiry.minus(lead))).findFirst();
    }

    /** A dur-value (RFC 5545 §3.3.6): whole days as days, otherwise hours. */
    static String durValue(Duration d) {
        return d.toHours() % 24 == 0 ? "P" + d.toDays() + "D" : "PT" + d.toHours() + "H";
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Appends one content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with a
     * space, and a multi-octet UTF-8 character is never split.
     */
    static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int cp = contentLine.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
