package org.kmstray.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.ErrorCatalogue;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.ProductNames;
import org.kmstray.license.ProductError;
import org.kmstray.license.Unreadable;

/** The human form of a reading: one line per product, then each error with its meaning and remedy. */
public final class ReadingText {
    private final Messages m;
    private final ZoneId zone;

    public ReadingText(Messages m, ZoneId zone) {
        this.m = m;
        this.zone = zone;
    }

    public void print(LicenseReading reading, PrintStream out) {
        if (reading instanceof Unreadable u) {
            out.println(m.get(u.messageKey(), u.args()));
            return;
        }
        LicenseSnapshot s = (LicenseSnapshot) reading;
        if ("demo".equals(s.source())) {
            out.println(m.get("cli.status.demoNote"));
        }
        if (s.products().isEmpty()) {
            out.println(m.get("cli.status.noProducts"));
        }
        for (Product p : s.products()) {
            out.println(productLine(p, s.readAt()));
        }
        var errors = ProductError.of(reading);
        if (!errors.isEmpty()) {
            out.println();
        }
        for (ProductError e : errors) {
            org.kmstray.license.Explanation x = ErrorCatalogue.explain(e.code(), m);
            String product = e.product() == null || e.product().name() == null ? m.get("cli.status.unknownProduct") : displayName(e.product());
            out.println(m.get("cli.status.error", e.code().hex(), product, x.meaning()));
            out.println(m.get("cli.status.remedy", x.remedy()));
        }
    }

    String productLine(Product p, Instant readAt) {
        String name = p.name() == null ? m.get("cli.status.unknownProduct") : displayName(p);
        String line = statusLine(p, name, readAt);
        ActivationResult a = p.activation();
        if (a != null) {
            String act = a.succeeded() ? m.get("cli.status.activation.succeeded", name)
                    : m.get("cli.status.activation.failed", name, a.code() == null ? "?" : a.code().hex());
            line = line == null ? act : line + System.lineSeparator() + act;
        }
        if (!p.kmsClient() && p.description() != null) {
            line = (line == null ? "" : line + System.lineSeparator()) + m.get("cli.status.notKms", name, p.channel() == null ? "?" : p.channel());
        }
        return line == null ? m.get("cli.status.seen", name) : line;
    }

    private String statusLine(Product p, String name, Instant readAt) {
        LicenseStatus st = p.status();
        if (st == null) {
            return null;
        }
        String status = m.get("license.status." + st.name());
        if (p.daysLeft().isEmpty() || p.remainingMinutes() <= 0) {
            return m.get("cli.status.product", name, status);
        }
        var expiry = p.expiresAt(readAt);
        if (expiry.isPresent()) {
            return m.get("cli.status.product.days", name, status, p.daysLeft().get(), m.date(expiry.get(), zone));
        }
        return m.get("cli.status.product.daysNoDate", name, status, p.daysLeft().get());
    }

    /** The license name as Windows reports it; friendlier names are the tray's business. */
    /** The name people know ("Office 2019 Professional Plus"), not the license's internal one. */
    private String displayName(Product p) {
        return ProductNames.friendly(p, m);
    }
}
