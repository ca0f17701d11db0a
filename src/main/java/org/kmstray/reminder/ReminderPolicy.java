package org.kmstray.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * Decides when to remind: once per tier ({@code reminder.tiers}, 30/14/7/3/1 days by default) while the days
 * run down, once a day inside the last {@value TrayStatusCalculator#CRITICAL_DAYS} days and after the activation
 * has run out, never while the state cannot be read or a renewal runs, and never about products the campus
 * KMS host does not activate. "Remind me tomorrow" silences reminders until the next local day and then
 * brings the reminder back even if its tier was already shown.
 */
public final class ReminderPolicy {
    /** A snooze reaching further than this was not set by {@link #snoozeUntilTomorrow}: the clock or the store is off. */
    private static final Duration LONGEST_SNOOZE = Duration.ofHours(49);

    private final Supplier<List<Integer>> tiers;
    private final ReminderMemory memory;
    private final ZoneId zone;

    public ReminderPolicy(Supplier<List<Integer>> tiers, ReminderMemory memory, ZoneId zone) {
        this.tiers = tiers;
        this.memory = memory;
        this.zone = zone;
    }

    /** Tiers read from the settings each time, so a change in the settings dialog applies at once. */
    public static ReminderPolicy from(Settings settings, ZoneId zone) {
        return new ReminderPolicy(() -> settings.get(SettingKeys.REMINDER_TIERS), ReminderMemory.in(settings), zone);
    }

    /** The reminder to show now, if one is due. */
    public synchronized Optional<Reminder> due(AppState state, Instant now) {
        if (state.renewing() || !(state.current() instanceof LicenseSnapshot snapshot)) {
            return Optional.empty();
        }
        Optional<Headline> headline = Headline.of(snapshot);
        if (headline.isEmpty() || (!headline.get().lapsed() && headline.get().daysLeft().isEmpty())) {
            return Optional.empty();
        }
        Headline h = headline.get();
        int days = h.lapsed() ? 0 : h.daysLeft().getAsInt();
        if (!h.lapsed()) {
            memory.forgetTiersBelow(days);
        }
        Optional<Instant> snooze = memory.snoozeUntil().filter(until -> until.isBefore(now.plus(LONGEST_SNOOZE)));
        if (snooze.isPresent() && now.isBefore(snooze.get())) {
            return Optional.empty();
        }
        boolean daily = h.lapsed() || days <= TrayStatusCalculator.CRITICAL_DAYS;
        Optional<Integer> tier = h.lapsed() ? Optional.of(Reminder.EXPIRED) : tierFor(days);
        if (tier.isEmpty()) {
            return Optional.empty();
        }
        boolean snoozeOver = snooze.isPresent();
        boolean dueToday = daily && !memory.lastDaily().equals(Optional.of(today(now)));
        boolean tierNew = !daily && !memory.shownTiers().contains(tier.get());
        if (!snoozeOver && !dueToday && !tierNew) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(tier.get(), h.product(), days, h.expiresAt(), h.lapsed()));
    }

    /** The reminder was shown: its tier (and every higher one) counts as done, and so does today. */
    public synchronized void shown(Reminder r, Instant now) {
        Set<Integer> done = new HashSet<>();
        for (int t : tiers.get()) {
            if (r.expired() || t >= r.daysLeft()) {
                done.add(t);
            }
        }
        done.add(r.tier());
        memory.markShown(done, today(now));
    }

    /** "Remind me tomorrow": nothing until the next local midnight, then the reminder comes back. */
    public synchronized void snoozeUntilTomorrow(Instant now) {
        memory.snooze(today(now).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The tier the days left fall into: the smallest configured tier that is not below them; inside the daily
     * range a tier even when none is configured there.
     */
    private Optional<Integer> tierFor(int days) {
        Optional<Integer> t = tiers.get().stream().filter(x -> x >= days).min(Integer::compare);
        if (t.isEmpty() && days <= TrayStatusCalculator.CRITICAL_DAYS) {
            return Optional.of(TrayStatusCalculator.CRITICAL_DAYS);
        }
        return t;
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
