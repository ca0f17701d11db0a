package org.kmstray.license.wmi;

import static org.kmstray.license.wmi.LicenseProductProperties.APPLICATION_ID;
import static org.kmstray.license.wmi.LicenseProductProperties.DESCRIPTION;
import static org.kmstray.license.wmi.LicenseProductProperties.DISCOVERED_KMS_MACHINE;
import static org.kmstray.license.wmi.LicenseProductProperties.DISCOVERED_KMS_PORT;
import static org.kmstray.license.wmi.LicenseProductProperties.GRACE_PERIOD_REMAINING;
import static org.kmstray.license.wmi.LicenseProductProperties.ID;
import static org.kmstray.license.wmi.LicenseProductProperties.KMS_MACHINE;
import static org.kmstray.license.wmi.LicenseProductProperties.KMS_PORT;
import static org.kmstray.license.wmi.LicenseProductProperties.LICENSE_STATUS;
import static org.kmstray.license.wmi.LicenseProductProperties.LICENSE_STATUS_REASON;
import static org.kmstray.license.wmi.LicenseProductProperties.NAME;
import static org.kmstray.license.wmi.LicenseProductProperties.PARTIAL_PRODUCT_KEY;
import static org.kmstray.license.wmi.LicenseProductProperties.PRODUCT_KEY_CHANNEL;
import static org.kmstray.license.wmi.LicenseProductProperties.VL_ACTIVATION_INTERVAL;
import static org.kmstray.license.wmi.LicenseProductProperties.VL_RENEWAL_INTERVAL;

import java.util.Optional;
import org.kmstray.license.Application;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;

/**
 * Turns one SoftwareLicensingProduct / OfficeSoftwareProtectionProduct instance into a {@link Product}.
 * Pure: what WMI left null stays null; nothing is filled in.
 */
final class ProductRowMapper {
    private ProductRowMapper() {
    }

    /** Empty for a license without an installed key (PartialProductKey null): not a product in use. */
    static Optional<Product> toProduct(WmiRow row) {
        String partialKey = text(row, PARTIAL_PRODUCT_KEY);
        if (partialKey == null) {
            return Optional.empty();
        }
        Long status = row.number(LICENSE_STATUS);
        return Optional.of(Product.builder()
                .name(text(row, NAME))
                .description(text(row, DESCRIPTION))
                .skuId(text(row, ID))
                .application(Application.fromApplicationId(row.string(APPLICATION_ID)).orElse(null))
                .productKeyChannel(text(row, PRODUCT_KEY_CHANNEL))
                .status(status == null ? null : LicenseStatus.fromWmi(status).orElse(null))
                .statusReason(reason(row.number(LICENSE_STATUS_REASON)))
                .remainingMinutes(positive(row.number(GRACE_PERIOD_REMAINING)))
                .partialKey(partialKey)
                .kmsHost(text(row, KMS_MACHINE))
                .kmsPort(port(row.number(KMS_PORT)))
                .discoveredKmsHost(text(row, DISCOVERED_KMS_MACHINE))
                .discoveredKmsPort(port(row.number(DISCOVERED_KMS_PORT)))
                .activationIntervalMinutes(int32(row.number(VL_ACTIVATION_INTERVAL)))
                .renewalIntervalMinutes(int32(row.number(VL_RENEWAL_INTERVAL)))
                .build());
    }

    private static String text(WmiRow row, String name) {
        String v = row.string(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** LicenseStatusReason is an unsigned 32-bit HRESULT; 0 means there is no reason to show (ospp.vbs omits it). */
    private static Hresult reason(Long value) {
        return value == null || value == 0 ? null : new Hresult(value.intValue());
    }

    /**
     * GracePeriodRemaining is 0 where no time applies (notification, perpetual licenses); that is "no
     * remaining time known", not "0 days left".
     */
    private static Long positive(Long minutes) {
        return minutes == null || minutes <= 0 ? null : minutes;
    }

    /** Port 0 means "not set" (then 1688 applies, reference §1.2); only real TCP ports are kept. */
    private static Integer port(Long value) {
        return value == null || value < 1 || value > 65535 ? null : value.intValue();
    }

    private static Integer int32(Long value) {
        return value == null || value < 0 || value > Integer.MAX_VALUE ? null : value.intValue();
    }
}
