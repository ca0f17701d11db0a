package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.reminder.Licenses.NOW;
import static org.kmstray.reminder.Licenses.proPlus;
import static org.kmstray.reminder.Licenses.snapshot;
import static org.kmstray.reminder.Licenses.visio;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.Product;
import org.kmstray.network.Evidence;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RunFailure;
import org.kmstray.reminder.RenewalNotification.Kind;

class RenewalMessagesTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocationReport OFF = new LocationReport(Location.OFF_CAMPUS, List.of(Evidence.of("network.evidence.noCampusAddress", "140.112.0.0/16")));
    private static final ProbeResult TIMEOUT = new ProbeResult("kms.example.edu", 1688, ProbeOutcome.TIMEOUT, null, 3000, "");

    private static RenewalReport report(RenewalOutcome outcome, List<Product> products, LicenseReading after) {
        return new RenewalReport(outcome, TIMEOUT, OFF, products, List.of(), after, "", null);
    }

    private static RenewalNotification en(RenewalReport r) {
        return RenewalMessages.notificationFor(r, EN, TAIPEI).orElseThrow();
    }

    private static RenewalNotification zh(RenewalReport r) {
        return RenewalMessages.notificationFor(r, ZH, TAIPEI).orElseThrow();
    }

    @Nested
    class Renewed {
        @Test
        void givesTheNewExpiryDate() {
            List<Product> after = List.of(proPlus(Product.VALIDITY_MINUTES));
            RenewalReport r = report(RenewalOutcome.RENEWED, after, snapshot(after.toArray(Product[]::new)));
            assertEquals(Kind.INFO, en(r).kind());
            assertEquals("Activation renewed", en(r).title());
            assertEquals("Office 2019 Professional Plus is activated again until May 25, 2027.", en(r).text());
            assertEquals("已更新啟用", zh(r).title());
            assertEquals("已重新啟用 Office 2019 專業增強版，有效至 2027/05/25。", zh(r).text());
            assertFalse(en(r).offerVpnClient());
        }

        @Test
        void withSeveralProductsNamesTheOneThatRunsOutFirst() {
            List<Product> after = List.of(visio(Product.VALIDITY_MINUTES), proPlus(Product.VALIDITY_MINUTES - 5));
            RenewalReport r = report(RenewalOutcome.RENEWED, after, snapshot(after.toArray(Product[]::new)));
            assertEquals("Office 2019 Professional Plus and 1 other product are activated again until May 25, 2027.", en(r).text());
            assertEquals("已重新啟用 Office 2019 專業增強版及其他 1 項產品，有效至 2027/05/25。", zh(r).text());
        }

        @Test
        void withoutAReadingTimeSaysItInGeneralWords() {
            List<Product> after = List.of(proPlus(Product.VALIDITY_MINUTES));
            RenewalReport r = report(RenewalOutcome.RENEWED, after, snapshot((java.time.Instant) null, after.toArray(Product[]::new)));
            assertEquals(EN.get("renewal.outcome.RENEWED"), en(r).text());
        }
    }

    @Nested
    class VpnRequired {
        @Test
        void asksToConnectTheVpnFirst() {
            RenewalReport r = report(RenewalOutcome.VPN_REQUIRED, List.of(proPlus(1000)), snapshot(proPlus(1000)));
            assertEquals(Kind.WARNING, en(r).kind());
            assertEquals("Connect to the campus VPN first", en(r).title());
            assertTrue(en(r).text().contains("Connect to the campus VPN"), en(r).text());
            assertEquals("請先連上學校的 VPN", zh(r).title());
            assertTrue(zh(r).text().contains("連上學校的 VPN"), zh(r).text());
            assertFalse(en(r).offerVpnClient(), "no VPN client configured");
        }

        @Test
        void offersTheVpnClientWhenOneIsConfigured() {
            RenewalReport r = new RenewalReport(RenewalOutcome.VPN_REQUIRED, TIMEOUT, OFF, List.of(), List.of(), null,
                    "https://vpn.example.edu/", null);
            assertTrue(en(r).offerVpnClient());
        }
    }

    @Test
    void anUnreachableKmsHostIsExplainedWithWhatTheProbeFound() {
        LocationReport onCampus = new LocationReport(Location.ON_CAMPUS, List.of());
        RenewalReport r = new RenewalReport(RenewalOutcome.KMS_UNREACHABLE, TIMEOUT, onCampus, List.of(), List.of(), null, "", null);
        assertEquals("The KMS host did not answer", en(r).title());
        assertEquals(EN.get("renewal.outcome.KMS_UNREACHABLE") + "\n"
                + "The KMS host kms.example.edu did not answer on port 1688 within 3,000 ms; it may be reachable only on campus or through the VPN.",
                en(r).text());
        assertEquals("KMS 主機沒有回應", zh(r).title());
        assertTrue(zh(r).text().endsWith("KMS 伺服器 kms.example.edu 在 3,000 毫秒內沒有從連接埠 1688 回應；它可能只能在校內或透過 VPN 連線。")
                || zh(r).text().endsWith("KMS 主機 kms.example.edu 在 3,000 毫秒內沒有從連接埠 1688 回應；它可能只能在校內或透過 VPN 連線。"), zh(r).text());
    }

    @Nested
    class Failed {
        @Test
        void explainsTheErrorThroughTheCatalogue() {
            RenewalReport r = new RenewalReport(RenewalOutcome.FAILED, TIMEOUT, OFF, List.of(), List.of(new Hresult(0xC004F074)),
                    null, "", null);
            RenewalNotification n = en(r);
            assertEquals(Kind.ERROR, n.kind());
            assertEquals("Renewal failed", n.title());
            assertEquals("Error 0xC004F074: " + EN.get("error.C004F074.meaning") + "\n" + EN.get("error.C004F074.remedy", "0xC004F074"), n.text());
            assertEquals("更新啟用失敗", zh(r).title());
            assertTrue(zh(r).text().startsWith("錯誤 0xC004F074："), zh(r).text());
        }

        @Test
        void anUnknownCodeStillShowsTheCode() {
            RenewalReport r = new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(new Hresult(0xC0041234)), null, "", null);
            assertTrue(en(r).text().contains("0xC0041234"), en(r).text());
        }

        @Test
        void aFailedActivationStepSaysWhy() {
            RenewalReport r = new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(), null, "",
                    new RunFailure(RunFailure.Kind.TIMEOUT, "120 s"));
            assertEquals(EN.get("renewal.outcome.FAILED") + "\n" + EN.get("renewal.failure.timeout", "120 s"), en(r).text());
        }

        @Test
        void anUnreadableStateSaysWhyItCouldNotBeRead() {
            RenewalReport r = new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(), Licenses.unreadable(), "", null);
            assertEquals(EN.get("read.wmi.timedOut", 30), en(r).text());
        }
    }

    @Test
    void notVerifiedSaysTheLicenseDidNotChange() {
        RenewalReport r = report(RenewalOutcome.NOT_VERIFIED, List.of(proPlus(1000)), snapshot(proPlus(1000)));
        assertEquals(Kind.WARNING, en(r).kind());
        assertEquals(EN.get("renewal.outcome.NOT_VERIFIED"), en(r).text());
        assertTrue(en(r).text().contains("the license did not change"));
        assertEquals("無法確認已更新啟用", zh(r).title());
    }

    @Test
    void nothingToRenewListsTheProductsLeftAloneInPlainWords() {
        Product retail = Licenses.retailGrace(5000);
        RenewalReport r = report(RenewalOutcome.NOTHING_TO_RENEW, List.of(retail), snapshot(retail));
        RenewalNotification n = en(r);
        assertEquals(Kind.INFO, n.kind());
        assertEquals("Nothing to renew", n.title());
        assertEquals(EN.get("renewal.outcome.NOTHING_TO_RENEW") + "\n"
                + EN.get("renewal.notRenewed.grace", "Office 2019 Professional Plus", "RETAIL(Grace)"), n.text());
        assertTrue(zh(r).text().contains("Office 2019 專業增強版"), zh(r).text());
    }

    @Test
    void aCancelledRenewalStaysQuiet() {
        RenewalReport r = report(RenewalOutcome.CANCELLED, List.of(proPlus(1000)), snapshot(proPlus(1000)));
        assertEquals(Optional.empty(), RenewalMessages.notificationFor(r, EN, TAIPEI));
    }

    @Test
    void everyOutcomeButCancelledHasATitleAndTextInBothLanguages() {
        for (RenewalOutcome o : RenewalOutcome.values()) {
            RenewalReport r = new RenewalReport(o, TIMEOUT, OFF, List.of(), List.of(), snapshot(NOW), "", null);
            for (Messages m : List.of(EN, ZH)) {
                Optional<RenewalNotification> n = RenewalMessages.notificationFor(r, m, TAIPEI);
                assertEquals(o != RenewalOutcome.CANCELLED, n.isPresent(), o.name());
                n.ifPresent(x -> assertFalse((x.title() + x.text()).contains("!"), o + ": " + x));
            }
        }
    }
}
