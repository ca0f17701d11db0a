package org.kmstray.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

/** Products and app states for the reminder tests. */
final class Licenses {
    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    /** Names, SKU IDs and descriptions as in samples/ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt. */
    static final String PROPLUS_NAME = "Office 19, Office19ProPlus2019VL_KMS_Client_AE edition";
    static final String VISIO_NAME = "Office 19, Office19VisioPro2019VL_KMS_Client_AE edition";

    private Licenses() {
    }

    /** Whole days plus a few hours, as on a real PC, where the expiry never falls at midnight. */
    static long days(int days) {
        return days * Product.MINUTES_PER_DAY + 437;
    }

    static Product proPlus(long minutes) {
        return Product.builder().name(PROPLUS_NAME).description("Office 19, VOLUME_KMSCLIENT channel")
                .skuId("85dd8b5f-eaa4-4af3-a628-cce9e77c9a03").status(LicenseStatus.LICENSED).remainingMinutes(minutes).build();
    }

    static Product visio(long minutes) {
        return Product.builder().name(VISIO_NAME).description("Office 19, VOLUME_KMSCLIENT channel")
                .skuId("5b5cf08f-b81a-431d-b080-3450d8620565").status(LicenseStatus.LICENSED).remainingMinutes(minutes).build();
    }

    /** The retail grace license of samples/ospp-act-office2019-grace-and-kms-success-zhcn-01.txt: not a KMS client. */
    static Product retailGrace(long minutes) {
        return Product.builder().name("Office 19, Office19ProPlus2019R_Grace edition").description("Office 19, RETAIL(Grace) channel")
                .skuId("52c4d79f-6e1a-45b7-b479-36b666e0a2f8").status(LicenseStatus.OOB_GRACE).remainingMinutes(minutes).build();
    }

    static LicenseSnapshot snapshot(Instant readAt, Product... products) {
        return new LicenseSnapshot("wmi", readAt, List.of(products));
    }

    static LicenseSnapshot snapshot(Product... products) {
        return snapshot(NOW, products);
    }

    static Unreadable unreadable() {
        return new Unreadable("wmi", "read.wmi.timedOut", new Object[] {30});
    }

    static AppState state(LicenseReading current) {
        Optional<LicenseSnapshot> good = current instanceof LicenseSnapshot s ? Optional.of(s) : Optional.empty();
        return new AppState(current, good, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(NOW), false, false);
    }

    static AppState demo(AppState s) {
        return new AppState(s.current(), s.lastGood(), s.location(), s.probe(), s.lastRenewal(), s.lastCheck(), s.renewing(), true);
    }

    static AppState renewing(AppState s) {
        return new AppState(s.current(), s.lastGood(), s.location(), s.probe(), s.lastRenewal(), s.lastCheck(), true, s.demo());
    }

    /** Could not read now; the last good reading was {@code good}. */
    static AppState unreadableSince(LicenseSnapshot good) {
        return new AppState(unreadable(), Optional.of(good), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(NOW), false, false);
    }
}
