package org.kmstray.reminder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * The KMS client product the tray and the reminders talk about: one that is no longer activated if there is
 * one, otherwise the one whose activation runs out first. Products that are not KMS clients never count: the
 * campus KMS host cannot renew them.
 *
 * @param lapsed the product is not activated (unlicensed, grace, notification, or no time left)
 * @param daysLeft whole days left as of the reading, when the reading says
 * @param expiresAt when the activation runs out, when the reading's time is known
 */
public record Headline(Product product, boolean lapsed, OptionalInt daysLeft, Optional<Instant> expiresAt) {

    public static Optional<Headline> of(LicenseSnapshot snapshot) {
        List<Product> kms = snapshot.kmsClients();
        Comparator<Product> soonest = Comparator.comparing(Product::remainingMinutes,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Optional<Product> chosen = kms.stream().filter(Headline::isLapsed).min(soonest);
        if (chosen.isEmpty()) {
            chosen = kms.stream().min(soonest);
        }
        return chosen.map(p -> new Headline(p, isLapsed(p),
                p.daysLeft().map(OptionalInt::of).orElse(OptionalInt.empty()), p.expiresAt(snapshot.readAt())));
    }

    /** Anything but LICENSED, or no time left, is a product that needs renewing now. */
    static boolean isLapsed(Product p) {
        return (p.status() != null && p.status() != LicenseStatus.LICENSED)
                || (p.remainingMinutes() != null && p.remainingMinutes() <= 0);
    }

    /** Never activated (unlicensed, initial grace) rather than run out. */
    public boolean neverActivated() {
        return product.status() == LicenseStatus.UNLICENSED || product.status() == LicenseStatus.OOB_GRACE;
    }
}
