package org.kmstray.ui.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;

/** The table rows of a snapshot: KMS products first, nearest expiry first; the others after them. */
public final class ProductRows {
    private final Messages m;
    private final ZoneId zone;
    private final int warnDays;

    public ProductRows(Messages m, ZoneId zone, int warnDays) {
        this.m = m;
        this.zone = zone;
        this.warnDays = warnDays;
    }

    public List<ProductRow> of(LicenseSnapshot s) {
        return s.products().stream().sorted(ORDER).map(p -> row(p, s.readAt())).toList();
    }

    static final Comparator<Product> ORDER = Comparator.comparing((Product p) -> !p.kmsClient())
            .thenComparing(p -> p.remainingMinutes() == null ? Long.MAX_VALUE : p.remainingMinutes());

    ProductRow row(Product p, Instant readAt) {
        String status = p.status() == null ? m.get("status.none") : m.get("status.license." + p.status().name());
        String days;
        String expiry = m.get("status.none");
        Severity severity = Severity.NEUTRAL;
        if (p.remainingMinutes() == null || p.daysLeft().isEmpty()) {
            days = m.get("status.none");
        } else if (p.remainingMinutes() <= 0) {
            days = m.get("status.days.expired");
            severity = p.kmsClient() ? Severity.EXPIRED : Severity.NEUTRAL;
        } else {
            int d = p.daysLeft().get();
            days = m.get("status.days.left", d);
            if (p.kmsClient()) {
                // Days left of a grace period are borrowed time: as urgent as run out.
                severity = p.status() != null && p.status().isTrouble() ? Severity.EXPIRED
                        : Severity.of(d, p.remainingMinutes(), warnDays);
            }
            expiry = p.expiresAt(readAt).map(e -> m.date(e, zone)).orElse(expiry);
        }
        return new ProductRow(ProductLabel.name(p, m), ProductLabel.channel(p, m), status, days, expiry,
                ProductLabel.kmsHost(p, m), severity);
    }
}
