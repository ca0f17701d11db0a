package org.kmstray.platform.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmstray.license.Application;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * The simulated license state of demo mode: Office Professional Plus 2019 and Visio Professional 2019
 * as KMS clients. Names, SKU IDs and key endings are those of the real KMS client SKUs (Microsoft's
 * GVLK table; SKU IDs as in the shared ospp.vbs captures). Time runs down with the clock, so a
 * reading later shows fewer minutes, as on a real PC.
 */
public final class DemoLicenseState implements LicenseReader {
    public static final String SOURCE = "demo";
    static final String PROPLUS_SKU = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";
    static final String VISIO_SKU = "5b5cf08f-b81a-431d-b080-3450d8620565";
    /** The normal LicenseStatusReason of a KMS-activated SKU (informational). */
    private static final Hresult KMS_ACTIVATED = new Hresult(0x4004F040);

    private final Clock clock;
    private final Map<String, Product> templates = new LinkedHashMap<>();
    private final Map<String, Instant> expiries = new LinkedHashMap<>();

    public DemoLicenseState(Clock clock, int daysLeft) {
        this.clock = clock;
        add(Product.builder().name("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition")
                .description("Office 19, VOLUME_KMSCLIENT channel").skuId(PROPLUS_SKU).partialKey("6MWKP")
                .application(Application.OFFICE).build(), daysLeft);
        add(Product.builder().name("Office 19, Office19VisioPro2019VL_KMS_Client_AE edition")
                .description("Office 19, VOLUME_KMSCLIENT channel").skuId(VISIO_SKU).partialKey("7VCBB")
                .application(Application.OFFICE).build(), daysLeft);
    }

    private void add(Product template, int daysLeft) {
        templates.put(template.skuId(), template);
        // A few hours past whole days, so the expiry is not at midnight as it never is on a real PC.
        long minutes = Math.max(0, daysLeft) * Product.MINUTES_PER_DAY + (daysLeft > 0 ? 437 : 0);
        expiries.put(template.skuId(), clock.instant().plusSeconds(minutes * 60));
    }

    @Override
    public synchronized LicenseReading read() {
        Instant now = clock.instant();
        List<Product> products = new ArrayList<>();
        for (Map.Entry<String, Product> e : templates.entrySet()) {
            // Whole minutes rounded up, as Windows counts them: right after an activation it reports the
            // full 259200 minutes, so the tray says 180 days, not 179.
            long seconds = java.time.Duration.between(now, expiries.get(e.getKey())).toSeconds();
            long minutes = Math.max(0, (seconds + 59) / 60);
            boolean licensed = minutes > 0;
            products.add(e.getValue().toBuilder()
                    .status(licensed ? LicenseStatus.LICENSED : LicenseStatus.OOT_GRACE)
                    .statusReason(licensed ? KMS_ACTIVATED : new Hresult(0x4004F00D))
                    .remainingMinutes(minutes)
                    .activationIntervalMinutes(120).renewalIntervalMinutes(10080)
                    .build());
        }
        return new LicenseSnapshot(SOURCE, now, products);
    }

    public synchronized Collection<String> skuIds() {
        return List.copyOf(templates.keySet());
    }

    /** A successful KMS activation of one product: its 180 days start again. */
    public synchronized void activate(String skuId) {
        if (expiries.containsKey(skuId)) {
            expiries.put(skuId, clock.instant().plusSeconds(Product.VALIDITY_MINUTES * 60));
        }
    }

    /** Sets the KMS host a product would use, as SetKeyManagementServiceMachine does. */
    public synchronized void setKmsHost(String skuId, String host, Integer port) {
        Product p = templates.get(skuId);
        if (p != null) {
            templates.put(skuId, p.toBuilder().kmsHost(host).kmsPort(port).build());
        }
    }
}
