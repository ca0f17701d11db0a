package org.kmstray.license.wmi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

class WmiLicenseReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SPP = SoftwareLicensingProductQuery.CLASS;
    private static final String OSPP = OfficeSoftwareProtectionProductQuery.CLASS;

    private final AtomicInteger fallbackCalls = new AtomicInteger();

    private LicenseReader fallbackGiving(LicenseReading reading) {
        return () -> {
            fallbackCalls.incrementAndGet();
            return reading;
        };
    }

    private static LicenseSnapshot snapshot(LicenseReading r) {
        return assertInstanceOf(LicenseSnapshot.class, r);
    }

    private static List<String> keys(LicenseSnapshot s) {
        return s.products().stream().map(Product::partialKey).toList();
    }

    private static WmiQueryException failed() {
        return WmiQueryException.ofHresult(0x80041003, "Access denied");
    }

    /** What the ospp.vbs reader returns for the /dstatus part of the custom-port capture (see RecordedRows). */
    private static LicenseSnapshot osppReading() {
        Product office = ProductRowMapper.toProduct(new WmiRow(RecordedRows.office2016ProPlusCustomPort())).orElseThrow();
        return new LicenseSnapshot("ospp.vbs", NOW, List.of(office));
    }

    @Nested
    class OnWindows10WithOffice2019 {
        private final FakeWmi wmi = FakeWmi.windows("10.0.19045")
                .with(SPP, RecordedRows.office2019ProPlusKms(), RecordedRows.office2019RetailGrace());

        @Test
        void readsTheProductsAtTheClocksInstant() {
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals("wmi", s.source());
            assertEquals(NOW, s.readAt());
            assertEquals(List.of("6MWKP", "8MBCX"), keys(s));
            assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(259200))), s.products().get(0).expiresAt(s.readAt()));
        }

        @Test
        void selectsTheProductKeyChannel() {
            new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read();
            WmiSelect spp = wmi.asked.stream().filter(q -> q.className().equals(SPP)).findFirst().orElseThrow();
            assertTrue(spp.properties().contains("ProductKeyChannel"));
        }

        @Test
        void skipsTheMissingOfficeProtectionClassQuietlyWithoutFallingBack() {
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(osppReading()))).read();
            assertEquals("wmi", snapshot(r).source());
            assertEquals(0, fallbackCalls.get());
            assertTrue(wmi.classesAsked().contains(OSPP), "the class was asked for, and its absence accepted");
        }
    }

    @Nested
    class OnWindows7WithOffice2016 {
        /** Windows 7's SoftwareLicensingProduct has no ProductKeyChannel; naming it is an invalid query. */
        private final FakeWmi wmi = FakeWmi.windows("6.1.7601")
                .with(SPP, RecordedRows.windows7EnterpriseKms())
                .without(SPP, "ProductKeyChannel", "KeyManagementServiceLookupDomain", "VLActivationTypeEnabled")
                .with(OSPP, RecordedRows.office2016ProPlusCustomPort(), RecordedRows.visio2016KmsNotification())
                .without(OSPP, "ProductKeyChannel");

        @Test
        void readsWindowsFromSppAndOfficeFromOspp() {
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals(List.of("DVQ7P", "WFG99", "RJRJK"), keys(s));
            assertEquals(LicenseStatus.NOTIFICATION, s.products().get(2).status());
        }

        @Test
        void sendsOnlySelectsWindows7Understands() {
            new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read();
            assertFalse(wmi.asked.stream().anyMatch(q -> q.properties().contains("ProductKeyChannel")), wmi.asked.toString());
            assertEquals(List.of("Win32_OperatingSystem", SPP, OSPP), wmi.classesAsked());
        }
    }

    @Nested
    class WhenTheVersionThresholdIsWrong {
        @Test
        void retriesAnInvalidQueryWithTheListEveryVersionHas() {
            FakeWmi wmi = FakeWmi.windows("6.3.9600").with(SPP, RecordedRows.windows7EnterpriseKms())
                    .without(SPP, "ProductKeyChannel");
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals(List.of("DVQ7P"), keys(s));
            assertEquals(List.of("Win32_OperatingSystem", SPP, SPP, OSPP), wmi.classesAsked());
        }

        @Test
        void usesTheListEveryVersionHasWhenTheVersionCannotBeRead() {
            FakeWmi wmi = new FakeWmi().with(SPP, RecordedRows.windows7EnterpriseKms()).without(SPP, "ProductKeyChannel");
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals(List.of("DVQ7P"), keys(s));
            assertEquals(List.of("Win32_OperatingSystem", SPP, OSPP), wmi.classesAsked(), "no failed first try");
        }
    }

    @Nested
    class ProductsWithoutAKey {
        @Test
        void areLeftOutEvenIfWmiReturnedThem() {
            FakeWmi wmi = FakeWmi.windows("10.0.19045")
                    .with(SPP, RecordedRows.visioRetailWithoutKey(), RecordedRows.office2019ProPlusKms());
            assertEquals(List.of("6MWKP"), keys(snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read())));
        }

        @Test
        void leaveAnEmptySnapshotWhenNoProductHasAKey() {
            FakeWmi wmi = FakeWmi.windows("10.0.19045").with(SPP, RecordedRows.visioRetailWithoutKey());
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals(List.of(), s.products());
            assertEquals(NOW, s.readAt());
        }
    }

    @Nested
    class WhenWmiFailsEntirely {
        private final FakeWmi wmi = new FakeWmi().failing("Win32_OperatingSystem", failed())
                .failing(SPP, failed()).failing(OSPP, failed());

        @Test
        void returnsTheScriptReadersSnapshot() {
            LicenseSnapshot fromScript = osppReading();
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(fromScript))).read();
            assertSame(fromScript, r);
            assertEquals(1, fallbackCalls.get());
        }

        @Test
        void returnsTheScriptReadersExplanationWhenThatFailsToo() {
            Unreadable fromScript = new Unreadable("ospp.vbs", "read.script.osppNotFound", null);
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(fromScript))).read();
            assertSame(fromScript, r);
        }

        @Test
        void saysWhyWithoutAFallback() {
            Unreadable u = assertInstanceOf(Unreadable.class, new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals("wmi", u.source());
            assertEquals("read.wmi.failed", u.messageKey());
            assertArrayEquals(new Object[] {"0x80041003"}, u.args());
            String zh = Messages.of(Language.TRADITIONAL_CHINESE).get(u.messageKey(), u.args());
            assertTrue(zh.contains("0x80041003") && zh.startsWith("無法讀取授權狀態"), zh);
        }

        @Test
        void saysHowLongItWaitedWhenWmiTimedOut() {
            FakeWmi slow = new FakeWmi().failing(SPP, WmiQueryException.timedOut(Duration.ofSeconds(30)))
                    .failing(OSPP, WmiQueryException.timedOut(Duration.ofSeconds(30)));
            Unreadable u = assertInstanceOf(Unreadable.class, new WmiLicenseReader(slow, CLOCK, Optional.empty()).read());
            assertEquals("read.wmi.timedOut", u.messageKey());
            assertEquals("The license state could not be read: Windows did not answer the license query through WMI"
                    + " within 30 seconds.", Messages.of(Language.ENGLISH).get(u.messageKey(), u.args()));
        }

        @Test
        void treatsAnInvalidQueryThatARetryCannotFixAsAFailure() {
            FakeWmi broken = FakeWmi.windows("6.1.7601").with(SPP).without(SPP, "ID").with(OSPP);
            Unreadable u = assertInstanceOf(Unreadable.class, new WmiLicenseReader(broken, CLOCK, Optional.empty()).read());
            assertEquals("read.wmi.failed", u.messageKey());
            assertArrayEquals(new Object[] {"0x80041017"}, u.args());
        }
    }

    /** A WMI service that hangs hangs for every query: one timeout sends the reader straight to ospp.vbs. */
    @Nested
    class WhenWmiTimesOut {
        private WmiQueryException timedOut() {
            return WmiQueryException.timedOut(Duration.ofSeconds(30));
        }

        @Test
        void onTheWindowsVersionNoProductQueryFollows() {
            FakeWmi wmi = new FakeWmi().failing("Win32_OperatingSystem", timedOut())
                    .with(SPP, RecordedRows.windows7EnterpriseKms()).with(OSPP);
            LicenseSnapshot fromScript = osppReading();
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(fromScript))).read();
            assertSame(fromScript, r);
            assertEquals(List.of("Win32_OperatingSystem"), wmi.classesAsked());
        }

        @Test
        void onTheWindowsClassTheOfficeClassIsNotAsked() {
            FakeWmi wmi = FakeWmi.windows("10.0.19045").failing(SPP, timedOut()).with(OSPP);
            LicenseSnapshot fromScript = osppReading();
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(fromScript))).read();
            assertSame(fromScript, r);
            assertEquals(List.of("Win32_OperatingSystem", SPP), wmi.classesAsked());
            assertEquals(1, fallbackCalls.get());
        }

        @Test
        void onTheOfficeClassWhatWindowsSaidIsKeptAndTheScriptAddsOffice() {
            FakeWmi wmi = FakeWmi.windows("6.1.7601").with(SPP, RecordedRows.windows7EnterpriseKms()).failing(OSPP, timedOut());
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(osppReading()))).read());
            assertEquals(List.of("DVQ7P", "WFG99"), keys(s));
        }

        @Test
        void withoutAFallbackItSaysHowLongItWaitedAfterOneQuery() {
            FakeWmi wmi = new FakeWmi().failing("Win32_OperatingSystem", timedOut()).with(SPP).with(OSPP);
            Unreadable u = assertInstanceOf(Unreadable.class, new WmiLicenseReader(wmi, CLOCK, Optional.empty()).read());
            assertEquals("read.wmi.timedOut", u.messageKey());
            assertArrayEquals(new Object[] {"30"}, u.args());
            assertEquals(1, wmi.asked.size());
        }
    }

    @Nested
    class WhenOnlyTheOfficeClassFails {
        private final FakeWmi wmi = FakeWmi.windows("6.1.7601").with(SPP, RecordedRows.windows7EnterpriseKms())
                .failing(OSPP, failed());

        @Test
        void addsTheScriptsOfficeProductsToWhatWmiRead() {
            LicenseSnapshot s = snapshot(new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(osppReading()))).read());
            assertEquals(List.of("DVQ7P", "WFG99"), keys(s));
            assertEquals("wmi+ospp.vbs", s.source());
            assertEquals(NOW, s.readAt());
        }

        @Test
        void doesNotListAProductTwiceWhenBothSourcesHaveIt() {
            FakeWmi both = FakeWmi.windows("10.0.19045").with(SPP, RecordedRows.office2016ProPlusCustomPort())
                    .failing(OSPP, failed());
            LicenseSnapshot s = snapshot(new WmiLicenseReader(both, CLOCK, Optional.of(fallbackGiving(osppReading()))).read());
            assertEquals(List.of("WFG99"), keys(s));
        }

        @Test
        void doesNotPretendTheReadingIsCompleteWhenTheScriptFailsToo() {
            Unreadable fromScript = new Unreadable("ospp.vbs", "read.script.timedOut", new Object[] {"90"});
            LicenseReading r = new WmiLicenseReader(wmi, CLOCK, Optional.of(fallbackGiving(fromScript))).read();
            assertSame(fromScript, r);
        }
    }

    @Nested
    class ReadFailureMessages {
        @Test
        void ofEveryReadFailureExistInBothLanguages() {
            for (String key : List.of("read.wmi.failed", "read.wmi.timedOut")) {
                for (Language l : Language.values()) {
                    assertTrue(Messages.of(l).has(key), key + " in " + l);
                }
            }
        }
    }
}
