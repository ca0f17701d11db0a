package org.kmstray.license.wmi;

import java.util.List;

/**
 * Property names of SoftwareLicensingProduct and OfficeSoftwareProtectionProduct (MS-SPPWMI; the
 * licensing reference §1.2). Both classes share them: ospp.vbs runs the same code against either.
 */
final class LicenseProductProperties {
    static final String ID = "ID";
    static final String NAME = "Name";
    static final String DESCRIPTION = "Description";
    static final String APPLICATION_ID = "ApplicationID";
    static final String PARTIAL_PRODUCT_KEY = "PartialProductKey";
    static final String LICENSE_STATUS = "LicenseStatus";
    static final String LICENSE_STATUS_REASON = "LicenseStatusReason";
    static final String GRACE_PERIOD_REMAINING = "GracePeriodRemaining";
    static final String KMS_MACHINE = "KeyManagementServiceMachine";
    static final String KMS_PORT = "KeyManagementServicePort";
    static final String DISCOVERED_KMS_MACHINE = "DiscoveredKeyManagementServiceMachineName";
    static final String DISCOVERED_KMS_PORT = "DiscoveredKeyManagementServiceMachinePort";
    static final String VL_ACTIVATION_INTERVAL = "VLActivationInterval";
    static final String VL_RENEWAL_INTERVAL = "VLRenewalInterval";
    /** Windows 8.1 and later only. */
    static final String PRODUCT_KEY_CHANNEL = "ProductKeyChannel";

    /**
     * What every version of both classes has: the properties ospp.vbs (Office16, "Version Info: 2016 1.0")
     * selects for {@code /dstatus} on Windows 7, where it queries OfficeSoftwareProtectionProduct, less
     * the two it prints but the product model does not hold (EvaluationEndDate, ProductKeyID).
     */
    static final List<String> EVERYWHERE = List.of(ID, NAME, DESCRIPTION, APPLICATION_ID, PARTIAL_PRODUCT_KEY,
            LICENSE_STATUS, LICENSE_STATUS_REASON, GRACE_PERIOD_REMAINING, KMS_MACHINE, KMS_PORT,
            DISCOVERED_KMS_MACHINE, DISCOVERED_KMS_PORT, VL_ACTIVATION_INTERVAL, VL_RENEWAL_INTERVAL);

    /** Only installed products: a license without a key is not something this PC uses. */
    static final String WITH_KEY = PARTIAL_PRODUCT_KEY + " IS NOT NULL";

    private LicenseProductProperties() {
    }
}
