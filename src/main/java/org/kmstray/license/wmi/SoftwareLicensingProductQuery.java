package org.kmstray.license.wmi;

import static org.kmstray.license.wmi.LicenseProductProperties.EVERYWHERE;
import static org.kmstray.license.wmi.LicenseProductProperties.PRODUCT_KEY_CHANNEL;
import static org.kmstray.license.wmi.LicenseProductProperties.WITH_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Windows, and Office 2013 and later on Windows 8 and later, from the Software Protection Platform
 * ({@code SoftwareLicensingProduct}).
 *
 * <p>The select list depends on the Windows version: ProductKeyChannel exists only from Windows 8.1
 * (licensing reference §1.2), and naming it on Windows 7 or 8 fails the whole query. Other properties
 * that newer versions add (KeyManagementServiceLookupDomain, VLActivationTypeEnabled,
 * DiscoveredKeyManagementServiceMachineIpAddress …) are not selected: the product model has no place
 * for them, and each would be one more way to break the query on an older build.
 */
final class SoftwareLicensingProductQuery {
    static final String CLASS = "SoftwareLicensingProduct";
    static final WmiSelect EVERYWHERE_SELECT = new WmiSelect(WmiSelect.CIMV2, CLASS, EVERYWHERE, WITH_KEY);

    private SoftwareLicensingProductQuery() {
    }

    /** The widest select this version supports; an unknown version gets the list every version has. */
    static WmiSelect select(Optional<WindowsVersion> version) {
        if (version.map(v -> v.atLeastBuild(WindowsVersion.BUILD_WINDOWS_8_1)).orElse(false)) {
            List<String> properties = new ArrayList<>(EVERYWHERE);
            properties.add(PRODUCT_KEY_CHANNEL);
            return EVERYWHERE_SELECT.withProperties(properties);
        }
        return EVERYWHERE_SELECT;
    }

    /**
     * Runs the version's select; if WMI rejects it as invalid, once more with the list every version has,
     * because the build thresholds come from documentation and third-party scripts, not from every build.
     */
    static List<WmiRow> run(WmiQueryRunner runner, Optional<WindowsVersion> version) throws WmiQueryException {
        WmiSelect select = select(version);
        try {
            return runner.query(select);
        } catch (WmiQueryException e) {
            if (e.kind() == WmiQueryException.Kind.INVALID_QUERY && !select.equals(EVERYWHERE_SELECT)) {
                return runner.query(EVERYWHERE_SELECT);
            }
            throw e;
        }
    }
}
