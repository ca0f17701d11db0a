package org.kmstray.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.license.Verdict;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.platform.demo.DemoLicenseState;
import org.kmstray.reminder.AppState;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

class FleetEventsTest {
    static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

    static Product office(LicenseStatus status, long minutesLeft) {
        return Product.builder().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                .description("Office 19, VOLUME_KMSCLIENT channel").skuId("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03")
                .status(status).remainingMinutes(minutesLeft).build();
    }

    static AppState state(LicenseReading reading) {
        return new AppState(reading, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(NOW), false, false);
    }

    static AppState snapshot(Product... products) {
        return state(new LicenseSnapshot("wmi", NOW, List.of(products)));
    }

    @Nested
    class TheIdTable {
        @Test
        void everyIdIsUniqueAndTheDocumentedOne() {
            assertEquals(List.of(1000, 1001, 1002, 1003, 1004, 2000, 2001, 2002, 2003, 2004, 2005, 2006),
                    Arrays.stream(FleetSignal.values()).map(FleetSignal::eventId).toList());
        }

        @ParameterizedTest
        @EnumSource(Verdict.class)
        void aCheckIsOneThousandPlusTheStatusExitCode(Verdict verdict) {
            assertEquals(1000 + verdict.exitCode(), FleetSignal.of(verdict).eventId());
        }

        @ParameterizedTest
        @EnumSource(RenewalOutcome.class)
        void everyRenewalOutcomeHasItsOwnIdInTheTwoThousands(RenewalOutcome outcome) {
            assertTrue(FleetSignal.of(outcome).eventId() >= 2000);
            assertEquals(RenewalOutcome.values().length,
                    Arrays.stream(RenewalOutcome.values()).map(FleetSignal::of).collect(Collectors.toSet()).size());
        }

        @Test
        void levelsFollowWhatAnAdministratorMustDo() {
            assertEquals(FleetSignal.Level.INFORMATION, FleetSignal.CHECK_OK.level());
            assertEquals(FleetSignal.Level.WARNING, FleetSignal.CHECK_EXPIRING.level());
            assertEquals(FleetSignal.Level.ERROR, FleetSignal.CHECK_EXPIRED.level());
            assertEquals(FleetSignal.Level.ERROR, FleetSignal.RENEWAL_FAILED.level());
            assertEquals(FleetSignal.Level.INFORMATION, FleetSignal.RENEWAL_CANCELLED.level());
        }
    }

    @Nested
    class Checks {
        @Test
        void aHealthyPcIs1000() {
            FleetEvent e = FleetEvents.ofCheck(snapshot(office(LicenseStatus.LICENSED, 150 * 1440L)), 30);
            assertEquals(1000, e.eventId());
            assertTrue(e.message().contains("150 days left"), e.message());
        }

        @Test
        void theDemoPcIsExpiringWithItsProductsDaysAndExpiry() {
            DemoLicenseState demo = new DemoLicenseState(Clock.fixed(NOW, ZoneOffset.UTC), 12);
            AppState s = new AppState(demo.read(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(NOW), false, true);
            FleetEvent e = FleetEvents.ofCheck(s, 30);
            assertEquals(1001, e.eventId());
            assertEquals(FleetSignal.Level.WARNING, e.level());
            assertTrue(e.message().contains("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition: LICENSED, 12 days left, expires 2026-12-08T11:17:00Z."),
                    e.message());
            assertTrue(e.message().contains("Office19VisioPro2019VL_KMS_Client_AE"), e.message());
            assertTrue(e.message().contains("Demo mode"), e.message());
        }

        @Test
        void anExpiredProductIs1002WithItsStatusReason() {
            Product expired = office(LicenseStatus.OOT_GRACE, 0).toBuilder().statusReason(new Hresult(0xC004F074)).build();
            FleetEvent e = FleetEvents.ofCheck(snapshot(expired), 30);
            assertEquals(1002, e.eventId());
            assertTrue(e.message().contains("OOT_GRACE"), e.message());
            assertTrue(e.message().contains("0xC004F074"), e.message());
        }

        @Test
        void anUnreadableStateIs1003WithTheReasonInEnglishAndTheLastReadableState() {
            AppState s = new AppState(new Unreadable("wmi", "cli.status.notWindows", null),
                    Optional.of(new LicenseSnapshot("wmi", NOW, List.of(office(LicenseStatus.LICENSED, 20 * 1440L)))),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(NOW), false, false);
            FleetEvent e = FleetEvents.ofCheck(s, 30);
            assertEquals(1003, e.eventId());
            assertTrue(e.message().contains("Last readable state"), e.message());
            assertTrue(e.message().contains("20 days left"), e.message());
            assertTrue(!e.message().contains("!cli.status"), "the reason is a sentence, not a key: " + e.message());
        }

        @Test
        void aPcWithoutKmsProductsIs1004() {
            Product retail = Product.builder().name("Office 16, Office16ProPlusR_Retail edition")
                    .description("Office 16, RETAIL channel").status(LicenseStatus.LICENSED).build();
            assertEquals(1004, FleetEvents.ofCheck(snapshot(retail), 30).eventId());
        }

        @Test
        void theSubjectIgnoresDaysLeftSoTheThrottleRepeatsItDailyNotEveryCheck() {
            FleetEvent a = FleetEvents.ofCheck(snapshot(office(LicenseStatus.LICENSED, 12 * 1440L)), 30);
            FleetEvent b = FleetEvents.ofCheck(snapshot(office(LicenseStatus.LICENSED, 11 * 1440L)), 30);
            assertEquals(a.subject(), b.subject());
            assertNotEquals(a.message(), b.message());
        }
    }

    @Nested
    class Renewals {
        static final ProbeResult ANSWERED = new ProbeResult("kms.example.edu.tw", 1688, ProbeOutcome.KMS_ANSWERED, "140.112.2.3", 12, "");
        static final ProbeResult SILENT = new ProbeResult("kms.example.edu.tw", 1688, ProbeOutcome.TIMEOUT, null, 3000, "");

        @Test
        void aRenewalIs2000WithTheNewExpiry() {
            Product renewed = office(LicenseStatus.LICENSED, 180 * 1440L).toBuilder().activation(ActivationResult.success()).build();
            RenewalReport r = new RenewalReport(RenewalOutcome.RENEWED, ANSWERED, new LocationReport(Location.ON_CAMPUS, List.of()),
                    List.of(renewed), List.of(), new LicenseSnapshot("wmi", NOW, List.of(renewed)));
            FleetEvent e = FleetEvents.ofRenewal(r, 30);
            assertEquals(2000, e.eventId());
            assertTrue(e.message().contains("180 days left, expires 2027-05-25T04:00:00Z"), e.message());
            assertTrue(e.message().contains("kms.example.edu.tw:1688: KMS_ANSWERED"), e.message());
            assertTrue(e.message().contains("Location: ON_CAMPUS."), e.message());
        }

        @Test
        void aFailedRenewalIs2001AndNamesTheHresultAndItsProduct() {
            Hresult code = new Hresult(0xC004F074);
            Product failed = office(LicenseStatus.LICENSED, 3 * 1440L).toBuilder().activation(ActivationResult.failure(code)).build();
            RenewalReport r = new RenewalReport(RenewalOutcome.FAILED, ANSWERED, null, List.of(failed), List.of(code),
                    new LicenseSnapshot("wmi", NOW, List.of(failed)));
            FleetEvent e = FleetEvents.ofRenewal(r, 30);
            assertEquals(2001, e.eventId());
            assertEquals(FleetSignal.Level.ERROR, e.level());
            assertTrue(e.message().contains("HRESULT 0xC004F074 for Office 19, Office19ProPlus2019VL_KMS_Client_AE edition."), e.message());
            assertTrue(e.subject().contains("0xC004F074"));
        }

        @Test
        void aSilentHostOffCampusIs2002AndOnCampusIs2003() {
            RenewalReport off = new RenewalReport(RenewalOutcome.VPN_REQUIRED, SILENT, new LocationReport(Location.OFF_CAMPUS, List.of()),
                    List.of(), List.of(), null);
            RenewalReport on = new RenewalReport(RenewalOutcome.KMS_UNREACHABLE, SILENT, new LocationReport(Location.ON_CAMPUS, List.of()),
                    List.of(), List.of(), null);
            assertEquals(2002, FleetEvents.ofRenewal(off, 30).eventId());
            assertEquals(2003, FleetEvents.ofRenewal(on, 30).eventId());
            assertTrue(FleetEvents.ofRenewal(on, 30).message().contains("TIMEOUT"));
        }

        @Test
        void everyOutcomeMapsWithoutFailingEvenWithoutProbeOrState() {
            Set<Integer> ids = Arrays.stream(RenewalOutcome.values())
                    .map(o -> FleetEvents.ofRenewal(new RenewalReport(o, null, null, List.of(), List.of(), null), 30).eventId())
                    .collect(Collectors.toSet());
            assertEquals(RenewalOutcome.values().length, ids.size());
        }
    }
}
