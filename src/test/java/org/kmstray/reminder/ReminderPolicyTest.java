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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.LicenseStatus;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

class ReminderPolicyTest {
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** 10:00 in Taipei. */
    private static final Instant MORNING = NOW;

    private final Settings settings = new Settings(new InMemoryPreferences(), OrganisationPolicy.NONE);
    private ReminderPolicy policy = ReminderPolicy.from(settings, TAIPEI);

    /** The PC at {@code at}, with the product's days left as read then. */
    private static AppState withDays(int days) {
        return state(snapshot(proPlus(days(days)), visio(days(days + 20))));
    }

    /** Shows whatever is due, as the tray does, and returns it. */
    private Optional<Reminder> showIfDue(AppState s, Instant at) {
        Optional<Reminder> r = policy.due(s, at);
        r.ifPresent(x -> policy.shown(x, at));
        return r;
    }

    /** Walks day by day from {@code fromDays} down to {@code toDays}, one check each morning; the tiers reminded. */
    private List<Integer> walk(int fromDays, int toDays) {
        List<Integer> reminded = new ArrayList<>();
        for (int d = fromDays, i = 0; d >= toDays; d--, i++) {
            Instant at = MORNING.plus(Duration.ofDays(i));
            showIfDue(withDays(d), at).ifPresent(r -> reminded.add(r.daysLeft()));
            // A second check later the same day must stay quiet.
            assertEquals(Optional.empty(), policy.due(withDays(d), at.plus(Duration.ofHours(6))), "second check on day " + d);
        }
        return reminded;
    }

    @Nested
    class Tiers {
        @Test
        void eachTierRemindsOnceThenDailyInsideSevenDays() {
            assertEquals(List.of(30, 14, 7, 6, 5, 4, 3, 2, 1), walk(40, 1));
        }

        @Test
        void nothingIsDueAboveTheHighestTier() {
            assertEquals(Optional.empty(), policy.due(withDays(31), MORNING));
            assertEquals(Optional.empty(), policy.due(withDays(179), MORNING));
        }

        @Test
        void startingInsideATierRemindsOnceAndNotForTheTiersAboveIt() {
            Optional<Reminder> r = showIfDue(withDays(12), MORNING);
            assertEquals(14, r.orElseThrow().tier());
            assertEquals(12, r.get().daysLeft());
            assertEquals(List.of(), walk(11, 8));
        }

        @Test
        void tiersComeFromTheSetting() throws InvalidValueException {
            settings.set(SettingKeys.REMINDER_TIERS, "60, 20");
            assertEquals(List.of(60, 20, 7, 6), walk(65, 6));
        }

        @Test
        void dailyInsideSevenDaysEvenWhenNoTierIsConfiguredThere() throws InvalidValueException {
            settings.set(SettingKeys.REMINDER_TIERS, "30");
            assertEquals(List.of(30, 7, 6, 5), walk(31, 5));
        }

        @Test
        void aReminderNamesTheProductNearestToExpiry() {
            AppState s = state(snapshot(proPlus(days(50)), visio(days(13))));
            Reminder r = policy.due(s, MORNING).orElseThrow();
            assertEquals(Licenses.VISIO_NAME, r.product().name());
            assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(days(13)))), r.expiresAt());
        }
    }

    @Nested
    class Expired {
        private final AppState expired = state(snapshot(proPlus(0L).toBuilder().status(LicenseStatus.NOTIFICATION).build()));

        @Test
        void remindsOnceADay() {
            Reminder r = showIfDue(expired, MORNING).orElseThrow();
            assertTrue(r.expired());
            assertEquals(Reminder.EXPIRED, r.tier());
            assertEquals(Optional.empty(), policy.due(expired, MORNING.plus(Duration.ofHours(10))));
            assertTrue(policy.due(expired, MORNING.plus(Duration.ofDays(1))).isPresent());
        }

        @Test
        void aProductInGraceAfterItsActivationRanOutCountsAsExpired() {
            AppState grace = state(snapshot(proPlus(days(25)).toBuilder().status(LicenseStatus.OOT_GRACE).build()));
            assertTrue(policy.due(grace, MORNING).orElseThrow().expired());
        }
    }

    @Nested
    class NeverReminds {
        @Test
        void whenTheStateCouldNotBeRead() {
            AppState unknown = Licenses.unreadableSince(snapshot(NOW.minus(Duration.ofHours(3)), proPlus(days(2))));
            assertEquals(Optional.empty(), policy.due(unknown, MORNING));
        }

        @Test
        void aboutProductsThatAreNotKmsClients() {
            AppState s = state(snapshot(Licenses.retailGrace(days(2))));
            assertEquals(Optional.empty(), policy.due(s, MORNING));
            AppState expiredRetail = state(snapshot(Licenses.retailGrace(0L).toBuilder().status(LicenseStatus.NOTIFICATION).build(),
                    proPlus(days(100))));
            assertEquals(Optional.empty(), policy.due(expiredRetail, MORNING));
        }

        @Test
        void whileARenewalRuns() {
            assertEquals(Optional.empty(), policy.due(Licenses.renewing(withDays(3)), MORNING));
        }

        @Test
        void whenTheDaysLeftAreUnknown() {
            AppState s = state(snapshot(proPlus(days(3)).toBuilder().remainingMinutes(null).build()));
            assertEquals(Optional.empty(), policy.due(s, MORNING));
        }
    }

    @Nested
    class RemindMeTomorrow {
        @Test
        void silencesUntilTheNextLocalDayThenTheReminderComesBack() {
            Reminder r = showIfDue(withDays(12), MORNING).orElseThrow();
            policy.snoozeUntilTomorrow(MORNING);
            // 23:59 Taipei the same day: still quiet.
            assertEquals(Optional.empty(), policy.due(withDays(12), Instant.parse("2026-11-26T15:59:00Z")));
            // 00:01 Taipei the next day: the same tier again, although it was shown once already.
            Reminder again = policy.due(withDays(12), Instant.parse("2026-11-26T16:01:00Z")).orElseThrow();
            assertEquals(r.tier(), again.tier());
            policy.shown(again, Instant.parse("2026-11-26T16:01:00Z"));
            assertEquals(Optional.empty(), policy.due(withDays(11), Instant.parse("2026-11-27T08:00:00Z")));
        }

        @Test
        void silencesTheDailyReminderToo() {
            showIfDue(withDays(5), MORNING).orElseThrow();
            policy.snoozeUntilTomorrow(MORNING);
            assertEquals(Optional.empty(), policy.due(withDays(5), MORNING.plus(Duration.ofHours(3))));
            assertTrue(policy.due(withDays(4), MORNING.plus(Duration.ofDays(1))).isPresent());
        }

        @Test
        void survivesARestart() {
            showIfDue(withDays(12), MORNING).orElseThrow();
            policy.snoozeUntilTomorrow(MORNING);
            policy = ReminderPolicy.from(settings, TAIPEI);
            assertEquals(Optional.empty(), policy.due(withDays(12), MORNING.plus(Duration.ofHours(1))));
            assertTrue(policy.due(withDays(12), MORNING.plus(Duration.ofDays(1))).isPresent());
        }
    }

    @Nested
    class AcrossRestarts {
        @Test
        void aTierShownBeforeARestartIsNotShownAgain() {
            showIfDue(withDays(12), MORNING).orElseThrow();
            policy = ReminderPolicy.from(settings, TAIPEI);
            assertEquals(Optional.empty(), policy.due(withDays(12), MORNING.plus(Duration.ofHours(1))));
            assertEquals(Optional.empty(), policy.due(withDays(11), MORNING.plus(Duration.ofDays(1))));
        }

        @Test
        void todaysDailyReminderIsNotRepeatedAfterARestart() {
            showIfDue(withDays(3), MORNING).orElseThrow();
            policy = ReminderPolicy.from(settings, TAIPEI);
            assertEquals(Optional.empty(), policy.due(withDays(3), MORNING.plus(Duration.ofHours(2))));
        }

        @Test
        void aCorruptStoredValueStartsAfresh() throws InvalidValueException {
            for (String junk : List.of("garbage", "v1;shown=abc", "v1;shown=30;day=yesterday", "v2;shown=30",
                    "v1;snooze=never", "v1;shown=999", "v1;what=1", ";;;", "v1;shown")) {
                settings.set(SettingKeys.REMINDER_STATE, junk);
                policy = ReminderPolicy.from(settings, TAIPEI);
                assertEquals(14, policy.due(withDays(12), MORNING).orElseThrow().tier(), junk);
            }
        }

        @Test
        void aSnoozeReachingFarIntoTheFutureDoesNotSilenceRemindersForever() throws InvalidValueException {
            settings.set(SettingKeys.REMINDER_STATE, "v1;shown=;snooze=2099-01-01T00:00:00Z");
            policy = ReminderPolicy.from(settings, TAIPEI);
            assertTrue(policy.due(withDays(12), MORNING).isPresent());
        }
    }

    @Nested
    class ARenewal {
        @Test
        void thatPushesTheDaysBackUpResetsTheTiers() {
            assertEquals(List.of(30, 14, 7, 6), walk(30, 6));
            // Renewed: 180 days, nothing to say.
            assertEquals(Optional.empty(), policy.due(withDays(180), MORNING.plus(Duration.ofDays(30))));
            // Half a year later the days run down again and every tier reminds again.
            policy = ReminderPolicy.from(settings, TAIPEI);
            List<Integer> again = new ArrayList<>();
            for (int d = 31, i = 200; d >= 13; d--, i++) {
                Instant at = MORNING.plus(Duration.ofDays(i));
                showIfDue(withDays(d), at).ifPresent(r -> again.add(r.daysLeft()));
            }
            assertEquals(List.of(30, 14), again);
        }

        @Test
        void dropsAPendingSnooze() {
            showIfDue(withDays(12), MORNING).orElseThrow();
            policy.snoozeUntilTomorrow(MORNING);
            policy.due(withDays(180), MORNING.plus(Duration.ofHours(1)));
            // Months later at 30 days: the tier reminds as usual, no stale snooze in the way.
            assertTrue(policy.due(withDays(30), MORNING.plus(Duration.ofDays(150))).isPresent());
            assertFalse(settings.get(SettingKeys.REMINDER_STATE).contains("snooze"));
        }
    }
}
