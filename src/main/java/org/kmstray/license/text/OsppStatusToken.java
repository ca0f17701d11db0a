package org.kmstray.license.text;

import java.util.Locale;
import org.kmstray.license.LicenseStatus;

/**
 * ospp.vbs "LICENSE STATUS:" tokens (windows-licensing.md §2.3): {@code ---LICENSED---},
 * {@code ---OOB_GRACE---}, {@code ---OOT_GRACE---}, {@code ---NON_GENUINE_GRACE---},
 * {@code ---NOTIFICATIONS---}, {@code ---EXTENDED GRACE---}, {@code ---UNLICENSED---}; {@code ---UNKNOWN---}
 * and anything else give no status.
 */
final class OsppStatusToken {
    private OsppStatusToken() {
    }

    static LicenseStatus parse(String value) {
        String spaced = CopyPasteRepair.underscores(value.replace('-', ' ')).strip().toUpperCase(Locale.ROOT);
        String token = String.join(" ", spaced.split("\\s+"));
        return switch (token) {
            case "LICENSED" -> LicenseStatus.LICENSED;
            case "UNLICENSED" -> LicenseStatus.UNLICENSED;
            case "OOB_GRACE" -> LicenseStatus.OOB_GRACE;
            case "OOT_GRACE" -> LicenseStatus.OOT_GRACE;
            case "NON_GENUINE_GRACE" -> LicenseStatus.NON_GENUINE_GRACE;
            case "NOTIFICATIONS" -> LicenseStatus.NOTIFICATION;
            case "EXTENDED GRACE", "EXTENDED_GRACE" -> LicenseStatus.EXTENDED_GRACE;
            default -> null;
        };
    }
}
