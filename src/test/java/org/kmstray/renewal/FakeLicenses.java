package org.kmstray.renewal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

/** A license store a fake runner can change, read like WMI would be. */
final class FakeLicenses implements LicenseReader {
    private final Map<String, Product> products = new LinkedHashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    private boolean unreadable;

    FakeLicenses with(Product p) {
        products.put(p.skuId(), p);
        return this;
    }

    FakeLicenses unreadable() {
        unreadable = true;
        return this;
    }

    /** What a real KMS activation does to a product: licensed, 180 days again. */
    synchronized void renew(SkuId sku) {
        Product p = products.get(sku.value());
        products.put(sku.value(), p.toBuilder().status(LicenseStatus.LICENSED).remainingMinutes(Product.VALIDITY_MINUTES).build());
    }

    @Override
    public synchronized LicenseReading read() {
        reads.incrementAndGet();
        if (unreadable) {
            return new Unreadable("wmi", "license.unreadable.test", null);
        }
        return new LicenseSnapshot("wmi", Instant.parse("2025-03-01T08:00:00Z"), new ArrayList<>(products.values()));
    }

    synchronized List<Product> products() {
        return List.copyOf(products.values());
    }
}
