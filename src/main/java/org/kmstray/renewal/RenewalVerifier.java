package org.kmstray.renewal;

import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * "Activation succeeded" is believed only when the license read afterwards shows it: licensed, with its
 * remaining time back close to the full 180 days and more than before.
 */
public final class RenewalVerifier {
    /** A fresh KMS activation gives 259 200 minutes; a day's slack covers reading a little later. */
    public static final long RENEWED_MINUTES = 179 * Product.MINUTES_PER_DAY;

    private RenewalVerifier() {
    }

    /** @param before the product as read before the renewal, or null when it was not known then */
    public static boolean renewed(Product before, Product after) {
        if (after == null || after.status() != LicenseStatus.LICENSED || after.remainingMinutes() == null) {
            return false;
        }
        long now = after.remainingMinutes();
        if (now < RENEWED_MINUTES) {
            return false;
        }
        return before == null || before.remainingMinutes() == null || now > before.remainingMinutes();
    }
}
