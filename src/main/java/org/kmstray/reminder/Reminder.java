package org.kmstray.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ProductNames;
import org.kmstray.license.Product;

/**
 * A reminder to show: the product whose activation runs out, how soon, and the tier that made it due.
 * The texts say when and where renewing works; the tray adds how (a click on the notification renews).
 *
 * @param tier the reminder tier in days (30, 14 …), {@link #EXPIRED} when the product is no longer activated
 * @param daysLeft whole days left; 0 when expired
 * @param expiresAt when the activation runs out, when known
 */
public record Reminder(int tier, Product product, int daysLeft, Optional<Instant> expiresAt, boolean expired) {
    /** The tier of a product that is no longer activated. */
    public static final int EXPIRED = 0;

    public Reminder {
        if (product == null) {
            throw new IllegalArgumentException("no product");
        }
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    public String title(Messages m, ZoneId zone) {
        String name = ProductNames.friendly(product, m);
        return expired ? m.get("reminder.title.expired", name) : m.get("reminder.title.days", name, daysLeft);
    }

    public String text(Messages m, ZoneId zone) {
        if (expired) {
            return m.get("reminder.text.expired");
        }
        return expiresAt.map(at -> m.get("reminder.text.days", m.date(at, zone))).orElseGet(() -> m.get("reminder.text.noDate"));
    }
}
