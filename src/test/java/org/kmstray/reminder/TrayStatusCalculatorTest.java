package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.reminder.Licenses.NOW;
import static org.kmstray.reminder.Licenses.days;
import static org.kmstray.reminder.Licenses.proPlus;
import static org.kmstray.reminder.Licenses.snapshot;
import static org.kmstray.reminder.Licenses.state;
import static org.kmstray.reminder.Licenses.visio;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

class TrayStatusCalculatorTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private static TrayStatus en(AppState s) {
        return TrayStatusCalculator.calculate(s, 30, EN, TAIPEI, NOW);
    }

    private static TrayStatus zh(AppState s) {
        return TrayStatusCalculator.calculate(s, 30, ZH, TAIPEI, NOW);
    }

    @Nested
    class AProductWithDaysLeft {
        private final AppState twelveDays = state(snapshot(proPlus(days(12)), visio(days(40))));

        @Test
        void theTooltipNamesTheProductNearestToExpiryWithItsDaysAndDate() {
            assertEquals("Office 2019 專業增強版：剩 12 天（2026/12/08 到期）", zh(twelveDays).tooltip());
            assertEquals("Office 2019 Professional Plus: 12 days left (expires Dec 8, 2026)", en(twelveDays).tooltip());
        }

        @Test
        void theIconGetsTheDaysToDraw() {
            assertEquals(OptionalInt.of(12), en(twelveDays).daysLeft());
        }

        @Test
        void oneDayIsSingular() {
            assertEquals("Office 2019 Professional Plus: 1 day left (expires Nov 27, 2026)", en(state(snapshot(proPlus(days(1))))).tooltip());
            assertEquals("Office 2019 專業增強版：剩 1 天（2026/11/27 到期）", zh(state(snapshot(proPlus(days(1))))).tooltip());
        }

        @Test
        void theNearestProductIsChosenWhicheverComesFirstInTheReading() {
            TrayStatus s = en(state(snapshot(proPlus(days(90)), visio(days(5)))));
            assertTrue(s.tooltip().startsWith("Visio 2019 Professional: 5 days left"), s.tooltip());
        }

        @Test
        void withoutAReadingTimeTheDateIsLeftOut() {
            TrayStatus s = en(state(snapshot((Instant) null, proPlus(days(12)))));
            assertEquals("Office 2019 Professional Plus: 12 days left", s.tooltip());
        }

        @Test
        void productsThatAreNotKmsClientsAreIgnoredEvenWhenTheyRunOutSooner() {
            TrayStatus s = en(state(snapshot(Licenses.retailGrace(days(2)), proPlus(days(100)))));
            assertEquals(TrayState.OK, s.state());
            assertTrue(s.tooltip().startsWith("Office 2019 Professional Plus: 100 days left"), s.tooltip());
        }
    }

    @Nested
    class StateByDaysLeft {
        @ParameterizedTest(name = "{0} days with warn.days {1} → {2}")
        @CsvSource({
            "180, 30, OK", "31, 30, OK", "30, 30, WARNING", "8, 30, WARNING", "7, 30, CRITICAL", "1, 30, CRITICAL",
            "45, 60, WARNING", "61, 60, OK", "5, 3, CRITICAL", "10, 3, OK"})
        void followsTheWarningSettingAndTheSevenDayLine(int days, int warnDays, TrayState expected) {
            AppState s = state(snapshot(proPlus(days(days))));
            assertEquals(expected, TrayStatusCalculator.calculate(s, warnDays, EN, TAIPEI, NOW).state());
        }

        @Test
        void lessThanADayLeftIsStillCriticalNotExpired() {
            TrayStatus s = en(state(snapshot(proPlus(300L))));
            assertEquals(TrayState.CRITICAL, s.state());
            assertEquals(OptionalInt.of(0), s.daysLeft());
            assertTrue(s.tooltip().contains("less than a day left"), s.tooltip());
            assertTrue(zh(state(snapshot(proPlus(300L)))).tooltip().contains("剩不到 1 天"));
        }
    }

    @Nested
    class AProductThatIsNotActivated {
        @ParameterizedTest
        @EnumSource(value = LicenseStatus.class, names = {"NOTIFICATION", "OOT_GRACE", "EXTENDED_GRACE", "NON_GENUINE_GRACE"})
        void isExpiredAndSaysTheActivationHasRunOut(LicenseStatus status) {
            AppState s = state(snapshot(proPlus(days(20)).toBuilder().status(status).build(), visio(days(5))));
            TrayStatus en = en(s);
            assertEquals(TrayState.EXPIRED, en.state());
            assertEquals(OptionalInt.empty(), en.daysLeft());
            assertEquals("Office 2019 Professional Plus: the activation has run out. Renew it now.", en.tooltip());
            assertEquals("Office 2019 專業增強版：啟用已過期，請立即更新啟用。", zh(s).tooltip());
        }

        @ParameterizedTest
        @EnumSource(value = LicenseStatus.class, names = {"UNLICENSED", "OOB_GRACE"})
        void isExpiredAndSaysItIsNotActivated(LicenseStatus status) {
            AppState s = state(snapshot(proPlus(days(4)).toBuilder().status(status).build()));
            assertEquals(TrayState.EXPIRED, en(s).state());
            assertEquals("Office 2019 Professional Plus: not activated. Renew it now.", en(s).tooltip());
            assertEquals("Office 2019 專業增強版：尚未啟用，請立即更新啟用。", zh(s).tooltip());
        }

        @Test
        void noTimeLeftIsExpiredEvenIfTheStatusStillSaysLicensed() {
            assertEquals(TrayState.EXPIRED, en(state(snapshot(proPlus(0L)))).state());
        }
    }

    @Nested
    class NoKmsClientProduct {
        @Test
        void saysSoPlainly() {
            AppState s = state(snapshot(Licenses.retailGrace(days(4))));
            assertEquals(TrayState.OK, en(s).state());
            assertEquals(OptionalInt.empty(), en(s).daysLeft());
            assertEquals("No product on this PC is activated by the campus KMS host.", en(s).tooltip());
            assertEquals("這台電腦上沒有由學校 KMS 主機啟用的產品。", zh(s).tooltip());
        }

        @Test
        void aKmsClientWithoutRemainingTimeIsShownAsActivated() {
            Product p = proPlus(days(3)).toBuilder().remainingMinutes(null).build();
            TrayStatus s = en(state(snapshot(p)));
            assertEquals(TrayState.OK, s.state());
            assertEquals("Office 2019 Professional Plus: activated", s.tooltip());
        }
    }

    @Nested
    class StateCouldNotBeRead {
        private final AppState threeHoursOld = Licenses.unreadableSince(
                snapshot(NOW.minus(Duration.ofHours(3)), proPlus(days(12))));

        @Test
        void keepsTheLastGoodReadingWithItsAge() {
            TrayStatus en = en(threeHoursOld);
            assertEquals(TrayState.UNKNOWN, en.state());
            assertEquals("The license state could not be read. Last reading (3 hours ago):\n"
                    + "Office 2019 Professional Plus: 12 days left", en.tooltip());
            assertEquals("無法讀取授權狀態。上次讀取（3 小時前）：\nOffice 2019 專業增強版：剩 12 天", zh(threeHoursOld).tooltip());
        }

        @Test
        void neverShowsDaysOnTheIcon() {
            assertEquals(OptionalInt.empty(), en(threeHoursOld).daysLeft());
        }

        @ParameterizedTest
        @CsvSource({"0, just now", "1, 1 minute ago", "59, 59 minutes ago", "60, 1 hour ago", "2879, 47 hours ago",
            "2880, 2 days ago", "14400, 10 days ago"})
        void tellsTheAgeInWords(long minutes, String words) {
            assertEquals(words, TrayStatusCalculator.age(Duration.ofMinutes(minutes), EN));
        }

        @Test
        void tellsTheAgeInChineseToo() {
            assertEquals("剛剛", TrayStatusCalculator.age(Duration.ZERO, ZH));
            assertEquals("5 分鐘前", TrayStatusCalculator.age(Duration.ofMinutes(5), ZH));
            assertEquals("3 天前", TrayStatusCalculator.age(Duration.ofDays(3), ZH));
        }

        @Test
        void withoutAnyGoodReadingSaysOnlyThatItCouldNotRead() {
            TrayStatus s = en(state(Licenses.unreadable()));
            assertEquals(TrayState.UNKNOWN, s.state());
            assertEquals("The license state could not be read.", s.tooltip());
            assertEquals("無法讀取授權狀態。", zh(state(Licenses.unreadable())).tooltip());
        }

        @Test
        void beforeTheFirstCheckSaysItIsChecking() {
            AppState fresh = new AppState(Licenses.unreadable(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, false);
            assertEquals(TrayState.UNKNOWN, en(fresh).state());
            assertEquals("Checking the activation\u2026", en(fresh).tooltip());
            assertEquals("正在檢查啟用狀態…", zh(fresh).tooltip());
        }

        @Test
        void neverPretendsTheProductHasZeroOr180Days() {
            for (Messages m : List.of(EN, ZH)) {
                String t = TrayStatusCalculator.calculate(threeHoursOld, 30, m, TAIPEI, NOW).tooltip();
                assertFalse(t.contains(" 0 ") || t.contains("180"), t);
            }
        }
    }

    @Nested
    class WhileRenewing {
        @Test
        void theStateIsRenewingAndTheTooltipKeepsTheCurrentReading() {
            AppState s = Licenses.renewing(state(snapshot(proPlus(days(12)))));
            assertEquals(TrayState.RENEWING, en(s).state());
            assertEquals(OptionalInt.of(12), en(s).daysLeft());
            assertEquals("Renewing the activation\u2026\nOffice 2019 Professional Plus: 12 days left (expires Dec 8, 2026)", en(s).tooltip());
            assertEquals("正在更新啟用…\nOffice 2019 專業增強版：剩 12 天（2026/12/08 到期）", zh(s).tooltip());
        }

        @Test
        void withAnUnreadableStateSaysOnlyThatItRenews() {
            AppState s = Licenses.renewing(state(Licenses.unreadable()));
            assertEquals(TrayState.RENEWING, en(s).state());
            assertEquals("Renewing the activation\u2026", en(s).tooltip());
        }
    }

    @Nested
    class DemoMode {
        @Test
        void saysItIsADemoInBothLanguages() {
            AppState s = Licenses.demo(state(snapshot(proPlus(days(12)), visio(days(12)))));
            assertEquals("Demo: Office 2019 Professional Plus: 12 days left (expires Dec 8, 2026)", en(s).tooltip());
            assertEquals("示範模式：Office 2019 專業增強版：剩 12 天（2026/12/08 到期）", zh(s).tooltip());
        }

        @Test
        void saysItEvenWhenNothingCouldBeRead() {
            assertTrue(en(Licenses.demo(state(Licenses.unreadable()))).tooltip().startsWith("Demo: "));
        }
    }

    @Nested
    class TooltipLength {
        private final String longName = "Office 19, Office19ProPlus2019VL_KMS_Client_AE edition with a very long made-up suffix"
                .repeat(3);

        private List<AppState> worstCases() {
            Product p = proPlus(days(179)).toBuilder().name(longName).build();
            LicenseStatusCases cases = new LicenseStatusCases(p);
            return List.of(
                    state(snapshot(p)),
                    Licenses.demo(state(snapshot(p))),
                    Licenses.demo(Licenses.renewing(state(snapshot(p)))),
                    Licenses.demo(Licenses.unreadableSince(snapshot(NOW.minus(Duration.ofDays(170)), p))),
                    Licenses.demo(state(snapshot(cases.expired()))),
                    Licenses.demo(Licenses.renewing(state(snapshot(cases.expired())))));
        }

        @Test
        void isNeverLongerThanWindowsShows() {
            for (Messages m : List.of(EN, ZH)) {
                for (AppState s : worstCases()) {
                    String t = TrayStatusCalculator.calculate(s, 30, m, TAIPEI, NOW).tooltip();
                    assertTrue(t.length() <= TrayStatus.MAX_TOOLTIP, t.length() + ": " + t);
                }
            }
        }

        @Test
        void shortensTheProductNameButKeepsTheNumberAndTheDate() {
            Product p = proPlus(days(179)).toBuilder().name(longName).build();
            String en = en(Licenses.demo(state(snapshot(p)))).tooltip();
            assertTrue(en.startsWith("Demo: Office 19, Office19ProPlus"), en);
            assertTrue(en.endsWith("\u2026: 179 days left (expires May 24, 2027)"), en);
            String zh = zh(Licenses.demo(Licenses.renewing(state(snapshot(p))))).tooltip();
            assertTrue(zh.endsWith("\u2026：剩 179 天（2027/05/24 到期）"), zh);
            assertEquals(TrayStatus.MAX_TOOLTIP, en.length());
        }

        @Test
        void aHostThatShowsFewerCharactersGetsAShorterNameWithTheDaysAndTheDateKept() {
            AppState demo = Licenses.demo(state(snapshot(proPlus(days(12)))));
            String en = TrayStatusCalculator.calculate(demo, 30, EN, TAIPEI, NOW, 64).tooltip();
            assertTrue(en.length() <= 64, en.length() + ": " + en);
            assertTrue(en.startsWith("Demo: Office 2019"), en);
            assertTrue(en.contains("\u2026: 12 days left (expires "), en);
            assertTrue(en.endsWith(")"), en);
            for (Messages m : List.of(EN, ZH)) {
                for (AppState s : worstCases()) {
                    String t = TrayStatusCalculator.calculate(s, 30, m, TAIPEI, NOW, 64).tooltip();
                    assertTrue(t.length() <= 64, t.length() + ": " + t);
                }
            }
        }

        @Test
        void aNameThatFitsIsNotShortened() {
            String t = en(state(snapshot(proPlus(days(12))))).tooltip();
            assertFalse(t.contains("\u2026"), t);
        }
    }

    private record LicenseStatusCases(Product p) {
        Product expired() {
            return p.toBuilder().status(LicenseStatus.NOTIFICATION).build();
        }
    }

    @Test
    void aReadingOfManyProductsStaysOneLine() {
        AppState s = state(snapshot(Instant.parse("2026-11-26T02:00:00Z"), proPlus(days(12)), visio(days(12))));
        assertFalse(en(s).tooltip().contains("\n"));
    }
}
