package org.kmstray.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.Headline;
import org.kmstray.ui.DemoStates;

/** The status window's words, checked without a display. */
class StatusViewsTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);

    private static StatusView view(Messages m, AppState s) {
        return new StatusViews(m, DemoStates.TAIPEI, 30).of(s, DemoStates.NOW);
    }

    @Nested
    class AProductNotYetActivatedBesideOneWithTwelveDays {
        /** Visio in its initial grace period with 30 days to go, Office activated with 12: the tray names Visio. */
        private AppState state() {
            LicenseSnapshot demo = DemoStates.snapshot(12, DemoStates.NOW.minus(Duration.ofMinutes(3)));
            Product office = demo.products().get(0);
            Product v = demo.products().get(1);
            Product visio = new Product(v.name(), v.description(), v.skuId(), v.application(), v.kmsClient(), v.channel(),
                    LicenseStatus.OOB_GRACE, v.statusReason(), 30 * Product.MINUTES_PER_DAY, v.partialKey(), v.kmsHost(), v.kmsPort(),
                    v.discoveredKmsHost(), v.discoveredKmsPort(), v.activationIntervalMinutes(), v.renewalIntervalMinutes(), v.activation());
            LicenseSnapshot s = new LicenseSnapshot(demo.source(), demo.readAt(), List.of(office, visio));
            return new AppState(s, Optional.of(s), Optional.of(DemoStates.onCampus()), Optional.empty(), Optional.empty(),
                    Optional.of(demo.readAt()), false, true);
        }

        @Test
        void theHeadlineNamesTheSameProductAsTheTray() {
            AppState state = state();
            Product tray = Headline.of((LicenseSnapshot) state.current()).orElseThrow().product();
            StatusView en = view(EN, state);
            assertTrue(en.headline().contains(ProductLabel.name(tray, EN)), en.headline());
            assertTrue(en.headline().contains("Visio"), en.headline());
            assertEquals(Severity.EXPIRED, en.severity());
        }
    }

    @Nested
    class TwelveDaysLeftOnCampus {
        private final StatusView en = view(EN, DemoStates.demo(12));
        private final StatusView zh = view(ZH, DemoStates.demo(12));

        @Test
        void theHeadlineSaysDaysLeftAndTheExpiryDateInEachLanguage() {
            assertTrue(en.headline().endsWith(": 12 days left"), en.headline());
            assertTrue(zh.headline().endsWith("：剩 12 天"), zh.headline());
            assertEquals("Expires on Dec 8, 2026", en.headlineDetail());
            assertEquals("2026/12/08 到期", zh.headlineDetail());
            assertEquals(Severity.WARNING, en.severity());
        }

        @Test
        void everyProductHasAllItsCells() {
            assertEquals(2, en.rows().size());
            ProductRow r = en.rows().get(0);
            assertEquals("Volume (KMS)", r.channel());
            assertEquals("Activated", r.status());
            assertEquals("12 days", r.daysLeft());
            assertEquals("Dec 8, 2026", r.expiry());
            assertEquals(DemoStates.KMS_HOST, r.kmsHost());
            assertEquals("大量授權（KMS）", zh.rows().get(0).channel());
            assertEquals("2026/12/08", zh.rows().get(0).expiry());
        }

        @Test
        void theLastRenewalIs180MinusTheDaysLeftAgoAndTheHintExplainsWhyThatIsLate() {
            assertEquals("Last renewed about 168 days ago", en.renewalAge());
            assertTrue(en.renewalAgeHint().contains("168 days without a renewal"), en.renewalAgeHint());
            assertEquals("上次更新啟用大約是 168 天前", zh.renewalAge());
            assertTrue(zh.renewalAgeHint().contains("KMS 主機"), zh.renewalAgeHint());
        }

        @Test
        void locationEvidenceAndLastCheckAreInWords() {
            assertEquals("On campus", en.location());
            assertEquals(List.of("Ethernet has 140.112.30.21, inside campus network 140.112.0.0/16."), en.evidence());
            assertEquals("Last checked 3 minutes ago (Nov 26, 2026 13:57)", en.lastCheck());
            assertEquals("上次檢查：3 分鐘前（2026/11/26 13:57）", zh.lastCheck());
        }

        @Test
        void thereIsNoRenewalNoProblemAndACalendarEntryCanBeMade() {
            assertEquals("", en.renewalOutcome());
            assertEquals(List.of(), en.problems());
            assertFalse(en.showsVpnClient());
            assertTrue(en.canAddToCalendar());
            assertTrue(en.demo());
        }
    }

    @Nested
    class RecentlyRenewed {
        @Test
        void aFewDaysSinceTheLastRenewalIsCalledNormal() {
            StatusView v = view(EN, DemoStates.demo(176));
            assertEquals("Last renewed about 4 days ago", v.renewalAge());
            assertTrue(v.renewalAgeHint().contains("as it should be"), v.renewalAgeHint());
            assertEquals(Severity.OK, v.severity());
        }
    }

    @Nested
    class NearlyExpired {
        @Test
        void fiveDaysLeftIsCritical() {
            assertEquals(Severity.CRITICAL, view(EN, DemoStates.demo(5)).severity());
        }

        @Test
        void oneDayIsSingular() {
            assertTrue(view(EN, DemoStates.demo(1)).headline().endsWith(": 1 day left"));
        }

        @Test
        void anExpiredActivationSaysSoAndHasNoRenewalAge() {
            StatusView v = view(EN, DemoStates.demo(0));
            assertTrue(v.headline().endsWith(": the activation has run out"), v.headline());
            assertEquals(Severity.EXPIRED, v.severity());
            assertEquals("", v.renewalAge());
            assertEquals("Expired", v.rows().get(0).daysLeft());
            assertFalse(v.canAddToCalendar());
        }
    }

    @Nested
    class AfterTheVpnWasRequired {
        @Test
        void theOutcomeTheProbeAndTheErrorAreExplained() {
            StatusView v = view(EN, DemoStates.vpnRequired(5, "https://vpn.example.edu"));
            assertEquals(EN.get("renewal.outcome.VPN_REQUIRED"), v.renewalOutcome());
            assertTrue(v.renewalFailed());
            assertTrue(v.probe().contains("did not answer on port 1688"), v.probe());
            assertEquals("0xC004F074", v.problems().get(0).code());
            assertFalse(v.problems().get(0).remedy().isEmpty());
            assertEquals("https://vpn.example.edu", v.vpnClient());
            assertEquals("Off campus, without VPN", v.location());
        }

        @Test
        void withoutAVpnClientNothingIsOffered() {
            assertFalse(view(EN, DemoStates.vpnRequired(5, "")).showsVpnClient());
        }
    }

    @Nested
    class WhenTheStateCannotBeRead {
        @Test
        void theLastGoodReadingIsShownWithItsAgeNeverZeroDays() {
            StatusView v = view(EN, DemoStates.unknown(12));
            assertTrue(v.staleNote().contains("within 30 seconds"), v.staleNote());
            assertTrue(v.staleNote().contains("from 2 hours ago (Nov 26, 2026 12:00)"), v.staleNote());
            assertEquals("12 days", v.rows().get(0).daysLeft());
            StatusView zh = view(ZH, DemoStates.unknown(12));
            assertTrue(zh.staleNote().contains("2 小時前（2026/11/26 12:00）"), zh.staleNote());
        }

        @Test
        void withoutAnyGoodReadingItSaysWhyAndShowsNoProducts() {
            AppState s = new AppState(new Unreadable("wmi", "read.wmi.timedOut", new Object[] {30}), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);
            StatusView v = view(EN, s);
            assertEquals("The license state could not be read", v.headline());
            assertTrue(v.headlineDetail().contains("within 30 seconds"));
            assertEquals(List.of(), v.rows());
            assertEquals("Not checked yet", v.lastCheck());
            assertEquals("Not checked yet", v.location());
            assertEquals(Severity.NEUTRAL, v.severity());
        }
    }

    @Nested
    class WithoutKmsProducts {
        @Test
        void anEmptySnapshotSaysNoProductWasFound() {
            AppState s = new AppState(new LicenseSnapshot("wmi", DemoStates.NOW, List.of()), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), false, false);
            assertEquals("No product with an installed product key was found", view(EN, s).headline());
            assertEquals("找不到已安裝產品金鑰的產品", view(ZH, s).headline());
        }
    }

    @Nested
    class RelativeTimes {
        private String ago(Duration d, Messages m) {
            Instant now = DemoStates.NOW;
            return RelativeTime.ago(now.minus(d), now, m);
        }

        @Test
        void readLikeSpeech() {
            assertEquals("just now", ago(Duration.ofSeconds(20), EN));
            assertEquals("1 minute ago", ago(Duration.ofSeconds(61), EN));
            assertEquals("59 minutes ago", ago(Duration.ofMinutes(59), EN));
            assertEquals("1 hour ago", ago(Duration.ofMinutes(60), EN));
            assertEquals("3 days ago", ago(Duration.ofHours(80), EN));
            assertEquals("剛剛", ago(Duration.ofSeconds(5), ZH));
            assertEquals("5 分鐘前", ago(Duration.ofMinutes(5), ZH));
        }

        @Test
        void aTimeInTheFutureIsJustNow() {
            assertEquals("just now", RelativeTime.ago(DemoStates.NOW.plusSeconds(90), DemoStates.NOW, EN));
        }
    }
}
