package org.kmstray.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.ui.DemoStates;

class CalendarFileTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);
    private static final LicenseSnapshot SNAPSHOT = DemoStates.snapshot(12, DemoStates.NOW);
    private static final Product PROPLUS = SNAPSHOT.products().get(0);
    private static final Instant EXPIRY = PROPLUS.expiresAt(SNAPSHOT.readAt()).orElseThrow();

    private static String ics(Messages m) {
        return CalendarFile.ics(PROPLUS, EXPIRY, m, DemoStates.NOW, DemoStates.TAIPEI);
    }

    /** Content lines with folding undone (RFC 5545 §3.1). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static String property(String ics, String name) {
        return unfolded(ics).stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst().orElseThrow();
    }

    @Nested
    class Structure {
        @Test
        void everyLineEndsWithCrlfAndTheCalendarHasOneEventWithAnAlarm() {
            String ics = ics(EN);
            assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
            assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
            assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
            assertEquals(1, unfolded(ics).stream().filter("BEGIN:VEVENT"::equals).count());
            assertEquals(1, unfolded(ics).stream().filter("BEGIN:VALARM"::equals).count());
        }

        @Test
        void theEventStartsAtTheExpiryInUtcAndIsStampedNow() {
            String ics = ics(EN);
            // 12 days and 437 minutes after 2026-11-26 06:00 UTC.
            assertEquals("DTSTART:20261208T131700Z", property(ics, "DTSTART"));
            assertEquals("DTSTAMP:20261126T060000Z", property(ics, "DTSTAMP"));
        }

        @Test
        void theUidIsStableForOneProductAndExpiry() {
            String uid = property(ics(EN), "UID");
            assertEquals(uid, property(ics(ZH), "UID"));
            assertTrue(uid.contains(PROPLUS.skuId()), uid);
            Product visio = SNAPSHOT.products().get(1);
            assertFalse(uid.equals(property(CalendarFile.ics(visio, EXPIRY, EN, DemoStates.NOW, DemoStates.TAIPEI), "UID")));
        }
    }

    @Nested
    class Text {
        @Test
        void englishNamesTheProductAndTheExpiry() {
            String ics = ics(EN);
            assertEquals("SUMMARY;LANGUAGE=en:Renew the KMS activation of Office 2019 Professional Plus", property(ics, "SUMMARY"));
            assertTrue(property(ics, "DESCRIPTION").contains("Dec 8\\, 2026 21:17"), property(ics, "DESCRIPTION"));
        }

        @Test
        void traditionalChineseNamesTheProductAndTheExpiry() {
            String ics = ics(ZH);
            assertEquals("SUMMARY;LANGUAGE=zh-TW:Office 2019 專業增強版：請更新 KMS 啟用", property(ics, "SUMMARY"));
            assertTrue(property(ics, "DESCRIPTION").contains("2026/12/08 21:17"));
        }

        @Test
        void commasSemicolonsBackslashesAndNewlinesAreEscaped() {
            assertEquals("a\\, b\\; c\\\\d\\ne", CalendarFile.text("a, b; c\\d\r\ne"));
        }
    }

    @Nested
    class Folding {
        @Test
        void noLineIsLongerThan75Octets() {
            for (Messages m : List.of(EN, ZH)) {
                for (String line : ics(m).split("\r\n")) {
                    assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
                }
            }
        }

        @Test
        void chineseCharactersAreNeverSplitAcrossLines() {
            StringBuilder b = new StringBuilder();
            CalendarFile.line(b, "DESCRIPTION:" + "更新啟用".repeat(20));
            for (String line : b.toString().split("\r\n")) {
                String back = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                assertEquals(line, back);
                assertFalse(line.contains("\uFFFD"));
            }
            assertEquals("DESCRIPTION:" + "更新啟用".repeat(20), b.toString().replace("\r\n ", "").replace("\r\n", ""));
        }

        @Test
        void aShortLineIsNotFolded() {
            StringBuilder b = new StringBuilder();
            CalendarFile.line(b, "VERSION:2.0");
            assertEquals("VERSION:2.0\r\n", b.toString());
        }
    }

    @Nested
    class Alarm {
        @Test
        void aWeekAheadWhenThereIsTime() {
            assertEquals("TRIGGER:-P7D", property(ics(EN), "TRIGGER"));
            assertEquals("PT1H", CalendarFile.durValue(Duration.ofHours(1)));
        }

        @Test
        void closerToExpiryTheLongestLeadStillAheadIsUsed() {
            Instant now = EXPIRY.minus(Duration.ofDays(2));
            assertEquals(Duration.ofDays(1), CalendarFile.alarmLead(now, EXPIRY).orElseThrow());
            assertTrue(CalendarFile.alarmLead(EXPIRY.minusSeconds(600), EXPIRY).isEmpty());
            assertFalse(CalendarFile.ics(PROPLUS, EXPIRY, EN, EXPIRY.minusSeconds(600), DemoStates.TAIPEI).contains("VALARM"));
        }
    }
}
