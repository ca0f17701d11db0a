package org.kmstray.license.wmi;

import java.util.List;

/**
 * Office 2010 on every Windows, and Office 2013/2016 on Windows 7, from the Office Software Protection
 * Platform ({@code OfficeSoftwareProtectionProduct}, licensing reference §1.1). The class exists only
 * where that platform is installed; elsewhere WMI answers "invalid class", which the reader treats as
 * "no such products". The class never has the Windows 8.1 properties, so its select list is fixed.
 */
final class OfficeSoftwareProtectionProductQuery {
    static final String CLASS = "OfficeSoftwareProtectionProduct";
    static final WmiSelect SELECT = new WmiSelect(WmiSelect.CIMV2, CLASS, LicenseProductProperties.EVERYWHERE,
            LicenseProductProperties.WITH_KEY);

    private OfficeSoftwareProtectionProductQuery() {
    }

    static List<WmiRow> run(WmiQueryRunner runner) throws WmiQueryException {
        return runner.query(SELECT);
    }
}
