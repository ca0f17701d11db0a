package org.kmstray.license.wmi;

import java.util.List;
import java.util.Optional;

/** Which Windows this is, asked the way ospp.vbs asks it: {@code Win32_OperatingSystem.Version}. */
final class OperatingSystemQuery {
    static final WmiSelect SELECT = new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of("Version"), null);

    private OperatingSystemQuery() {
    }

    /** Empty when WMI does not say; callers then assume the oldest Windows, whose select list fits all. */
    static Optional<WindowsVersion> version(WmiQueryRunner runner) {
        try {
            return runner.query(SELECT).stream().map(r -> r.string("Version")).map(WindowsVersion::parse)
                    .flatMap(Optional::stream).findFirst();
        } catch (WmiQueryException e) {
            return Optional.empty();
        }
    }
}
