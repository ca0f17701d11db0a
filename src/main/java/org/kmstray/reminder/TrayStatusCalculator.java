package org.kmstray.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ProductNames;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;

/** Turns the app state into the tray icon's state and tooltip. Pure: the same input gives the same text. */
public final class TrayStatusCalculator {
    /** Inside this many days the state is critical and reminders come daily. */
    public static final int CRITICAL_DAYS = 7;

    private TrayStatusCalculator() {
    }

    public static TrayStatus calculate(AppState state, int warnDays, Messages messages, ZoneId zone, Instant now) {
        return calculate(state, warnDays, messages, zone, now, TrayStatus.MAX_TOOLTIP);
    }

    /**
     * @param limit the most characters the tray host shows: {@link TrayStatus#MAX_TOOLTIP} on Windows, fewer
     *              where the host cuts earlier; the product name is what gets shortened
     */
    public static TrayStatus calculate(AppState state, int warnDays, Messages messages, ZoneId zone, Instant now, int limit) {
        TrayStatus status = base(state, warnDays, messages, zone, now, limit);
        if (state.renewing()) {
            Line line = status.state() == TrayState.UNKNOWN ? null : lineOf(state.current(), messages, zone, true);
            status = new TrayStatus(TrayState.RENEWING, status.daysLeft(), line == null
                    ? plain(state, messages, messages.get("tray.tooltip.renewingOnly"), limit)
                    : fit(line.name(), n -> wrapDemo(state, messages, messages.get("tray.tooltip.renewing", line.render(n))), limit));
        }
        return status;
    }

    private static TrayStatus base(AppState state, int warnDays, Messages m, ZoneId zone, Instant now, int limit) {
        if (state.current() instanceof Unreadable) {
            return unknown(state, m, now, limit);
        }
        LicenseSnapshot snapshot = (LicenseSnapshot) state.current();
        Optional<Headline> headline = Headline.of(snapshot);
        if (headline.isEmpty()) {
            return new TrayStatus(TrayState.OK, OptionalInt.empty(),
                    plain(state, m, m.get("tray.tooltip.noKmsProduct"), limit));
        }
        Headline h = headline.get();
        Line line = line(h, m, zone, true);
        String tooltip = fit(line.name(), n -> wrapDemo(state, m, line.render(n)), limit);
        if (h.lapsed()) {
            return new TrayStatus(TrayState.EXPIRED, OptionalInt.empty(), tooltip);
        }
        TrayState level = TrayState.OK;
        if (h.daysLeft().isPresent()) {
            int days = h.daysLeft().getAsInt();
            level = days <= CRITICAL_DAYS ? TrayState.CRITICAL : days <= warnDays ? TrayState.WARNING : TrayState.OK;
        }
        return new TrayStatus(level, h.daysLeft(), tooltip);
    }

    /** The state could not be read: say so, and show the last good reading with its age, never a made-up number. */
    private static TrayStatus unknown(AppState state, Messages m, Instant now, int limit) {
        if (state.lastCheck().isEmpty() && state.lastGood().isEmpty()) {
            return new TrayStatus(TrayState.UNKNOWN, OptionalInt.empty(),
                    plain(state, m, m.get("tray.tooltip.checking"), limit));
        }
        Optional<LicenseSnapshot> good = state.lastGood().filter(s -> s.readAt() != null);
        Optional<Headline> h = good.flatMap(Headline::of);
        if (h.isEmpty()) {
            return new TrayStatus(TrayState.UNKNOWN, OptionalInt.empty(),
                    plain(state, m, m.get("tray.tooltip.unreadable"), limit));
        }
        String age = age(Duration.between(good.get().readAt(), now), m);
        Line line = line(h.get(), m, null, false);
        return new TrayStatus(TrayState.UNKNOWN, OptionalInt.empty(),
                fit(line.name(), n -> wrapDemo(state, m, m.get("tray.tooltip.unreadable.lastGood", age, line.render(n))), limit));
    }

    private static Line lineOf(LicenseReading reading, Messages m, ZoneId zone, boolean withDate) {
        if (reading instanceof LicenseSnapshot s) {
            return Headline.of(s).map(h -> line(h, m, zone, withDate)).orElse(null);
        }
        return null;
    }

    /** The one line about a product: its days left and expiry, or that it is not activated. */
    private static Line line(Headline h, Messages m, ZoneId zone, boolean withDate) {
        String name = ProductNames.friendly(h.product(), m);
        if (h.lapsed()) {
            String key = h.neverActivated() ? "tray.tooltip.notActivated" : "tray.tooltip.expired";
            return new Line(name, n -> m.get(key, n));
        }
        if (h.daysLeft().isEmpty()) {
            return new Line(name, n -> m.get("tray.tooltip.activated", n));
        }
        int days = h.daysLeft().getAsInt();
        if (withDate && zone != null && h.expiresAt().isPresent()) {
            String date = m.date(h.expiresAt().get(), zone);
            return new Line(name, n -> m.get("tray.tooltip.days", n, days, date));
        }
        return new Line(name, n -> m.get("tray.tooltip.daysNoDate", n, days));
    }

    /** "3 hours ago" and its kin. */
    static String age(Duration d, Messages m) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return m.get("tray.age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return m.get("tray.age.hours", minutes / 60);
        }
        return m.get("tray.age.days", minutes / (24 * 60));
    }

    private static String wrapDemo(AppState state, Messages m, String text) {
        return state.demo() ? m.get("tray.tooltip.demo", text) : text;
    }

    /** A sentence about a product, rendered with the product's name (which is what gets shortened to fit). */
    record Line(String name, UnaryOperator<String> withName) {
        String render(String n) {
            return withName.apply(n);
        }
    }

    private static String plain(AppState state, Messages m, String text, int limit) {
        return fit("", n -> wrapDemo(state, m, text), limit);
    }

    /**
     * Renders with the full name if that fits in the tooltip; otherwise shortens the name (never the numbers or
     * the date around it) with an ellipsis.
     */
    static String fit(String name, UnaryOperator<String> render, int limit) {
        String full = render.apply(name);
        if (full.length() <= limit) {
            return full;
        }
        int room = limit - render.apply("").length() - 1;
        if (room >= 1 && !name.isEmpty()) {
            String cut = name.substring(0, Math.min(name.length(), room));
            if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
                cut = cut.substring(0, cut.length() - 1);
            }
            String shortened = render.apply(cut.stripTrailing() + "\u2026");
            if (shortened.length() <= limit) {
                return shortened;
            }
        }
        // Only a text without a product name can get here; the bundle tests keep those short.
        return full.substring(0, limit - 1) + "\u2026";
    }
}
