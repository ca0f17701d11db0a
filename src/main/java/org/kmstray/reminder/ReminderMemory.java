package org.kmstray.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * What the reminders have already said, kept across restarts in the {@code reminder.state} setting as one
 * line, e.g. {@code v1;shown=30,14;day=2026-11-26;snooze=2026-11-27T16:00:00Z}.
 *
 * <p>A value that does not read back (hand-edited, from a future version, cut off) starts the memory afresh:
 * at worst a reminder is shown once more, which is better than none or a crash.
 */
public final class ReminderMemory {
    private static final Logger LOG = Logger.getLogger(ReminderMemory.class.getName());
    private static final String VERSION = "v1";

    private final Supplier<String> load;
    private final Consumer<String> save;
    private final Set<Integer> shownTiers = new TreeSet<>();
    private LocalDate lastDaily;
    private Instant snoozeUntil;

    public ReminderMemory(Supplier<String> load, Consumer<String> save) {
        this.load = load;
        this.save = save;
        read();
    }

    /** Kept in the user's settings; a value the organisation locked is read but never overwritten. */
    public static ReminderMemory in(Settings settings) {
        return new ReminderMemory(() -> settings.get(SettingKeys.REMINDER_STATE), text -> {
            try {
                settings.set(SettingKeys.REMINDER_STATE, text);
            } catch (InvalidValueException e) {
                LOG.warning("reminder state not saved: " + e.getMessage());
            }
        });
    }

    synchronized Set<Integer> shownTiers() {
        return Set.copyOf(shownTiers);
    }

    synchronized Optional<LocalDate> lastDaily() {
        return Optional.ofNullable(lastDaily);
    }

    synchronized Optional<Instant> snoozeUntil() {
        return Optional.ofNullable(snoozeUntil);
    }

    synchronized void markShown(Set<Integer> tiers, LocalDate day) {
        shownTiers.addAll(tiers);
        lastDaily = day;
        snoozeUntil = null;
        write();
    }

    synchronized void snooze(Instant until) {
        snoozeUntil = until;
        write();
    }

    /**
     * The days left went back up (a renewal): tiers below them count as not shown, so they remind again the
     * next time the days run down; a pending snooze is dropped with them.
     */
    synchronized void forgetTiersBelow(int daysLeft) {
        if (shownTiers.removeIf(t -> t < daysLeft)) {
            snoozeUntil = null;
            write();
        }
    }

    synchronized String text() {
        StringBuilder b = new StringBuilder(VERSION);
        b.append(";shown=").append(String.join(",", shownTiers.stream().map(String::valueOf).toList()));
        if (lastDaily != null) {
            b.append(";day=").append(lastDaily);
        }
        if (snoozeUntil != null) {
            b.append(";snooze=").append(snoozeUntil);
        }
        return b.toString();
    }

    private void write() {
        try {
            save.accept(text());
        } catch (RuntimeException e) {
            // Reminders still work for this run; only the memory across restarts is lost.
            LOG.warning("reminder state not saved: " + e);
        }
    }

    private void read() {
        String text;
        try {
            text = load.get();
        } catch (RuntimeException e) {
            LOG.warning("reminder state not read: " + e);
            return;
        }
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            parse(text.trim());
        } catch (RuntimeException e) {
            shownTiers.clear();
            lastDaily = null;
            snoozeUntil = null;
            LOG.warning("reminder state \"" + text + "\" not understood, starting afresh: " + e.getMessage());
        }
    }

    private void parse(String text) {
        String[] parts = text.split(";", -1);
        if (!parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("unknown version " + parts[0]);
        }
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("no value in " + parts[i]);
            }
            String key = parts[i].substring(0, eq);
            String value = parts[i].substring(eq + 1);
            switch (key) {
                case "shown" -> {
                    for (String t : value.split(",")) {
                        if (!t.isEmpty()) {
                            int tier = Integer.parseInt(t);
                            if (tier < 0 || tier > 179) {
                                throw new IllegalArgumentException("tier out of range: " + tier);
                            }
                            shownTiers.add(tier);
                        }
                    }
                }
                case "day" -> lastDaily = LocalDate.parse(value);
                case "snooze" -> snoozeUntil = Instant.parse(value);
                default -> throw new IllegalArgumentException("unknown field " + key);
            }
        }
    }
}
