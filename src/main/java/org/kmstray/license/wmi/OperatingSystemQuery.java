package org.kmstray.license.wmi;

import java.util.List;
import java.util.Optional;

/** Which Windows this is, asked the way ospp.vbs asks it: {@code Win32_OperatingSystem.Version}. */
final class OperatingSystemQuery {
    static final WmiSelect SELECT = new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of("Version"), null);

    private OperatingSystemQuery() {
    }

    /**
     * Empty when WMI does not say; callers then assume the oldest Windows, whose select list fits all.
     *
     * @throws WmiQueryException only when WMI timed out: a service that hangs here hangs for every query
     */
    static Optional<WindowsVersion> version(WmiQueryRunner runner) throws WmiQueryException {
        try {
            return runner.query(SELECT).stream().map(r -> r.string("Version")).map(WindowsVersion::parse)
                    .flatMap(Optional::stream).findFirst();
        } catch (WmiQueryException e) {
            if (e.kind() == WmiQueryException.Kind.TIMED_OUT) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
