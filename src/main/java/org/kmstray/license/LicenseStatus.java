package org.kmstray.license;

import java.util.Optional;

/** {@code LicenseStatus} of SoftwareLicensingProduct / OfficeSoftwareProtectionProduct, in WMI's order (0–6). */
public enum LicenseStatus {
    UNLICENSED,
    LICENSED,
    OOB_GRACE,
    OOT_GRACE,
    NON_GENUINE_GRACE,
    NOTIFICATION,
    EXTENDED_GRACE;

    /** The documented WMI value, or empty for anything outside 0–6. */
    public static Optional<LicenseStatus> fromWmi(long value) {
        return value >= 0 && value < values().length ? Optional.of(values()[(int) value]) : Optional.empty();
    }

    /** Grace and notification states: the product works on borrowed time or not at all. */
    public boolean isTrouble() {
        return this != LICENSED;
    }
}
