package org.kmstray.license;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The products read at one instant. {@code readAt} is null for saved text whose time is unknown; then
 * remaining minutes are still known but no expiry instant is.
 */
public record LicenseSnapshot(String source, Instant readAt, List<Product> products) implements LicenseReading {
    public LicenseSnapshot {
        products = List.copyOf(products);
    }

    public List<Product> kmsClients() {
        return products.stream().filter(Product::kmsClient).toList();
    }

    /** The KMS client product whose activation runs out first: the one the tray talks about. */
    public Optional<Product> nearestExpiry() {
        return kmsClients().stream()
                .filter(p -> p.remainingMinutes() != null)
                .min(Comparator.comparingLong(Product::remainingMinutes));
    }
}
