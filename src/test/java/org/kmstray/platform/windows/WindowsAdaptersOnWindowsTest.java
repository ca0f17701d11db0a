package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.kmstray.license.wmi.WmiQueryException;
import org.kmstray.license.wmi.WmiRow;
import org.kmstray.license.wmi.WmiSelect;

/** Runs only on a Windows build machine: the real system directory and real WMI, read-only. */
@EnabledOnOs(OS.WINDOWS)
class WindowsAdaptersOnWindowsTest {
    private final OshiWmiQueryRunner wmi = new OshiWmiQueryRunner(Duration.ofSeconds(60));

    @Test
    void theSystemDirectoryHoldsCscript() {
        assertTrue(Files.isRegularFile(SystemPaths.cscript()), SystemPaths.cscript().toString());
    }

    @Test
    void wmiReportsTheWindowsVersion() throws Exception {
        List<WmiRow> rows = wmi.query(new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of("Version"), null));
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).string("Version").isBlank());
    }

    @Test
    void aMissingClassIsReportedAsSuch() {
        WmiQueryException e = assertThrows(WmiQueryException.class,
                () -> wmi.query(new WmiSelect(WmiSelect.CIMV2, "KmsTray_NoSuchClass", List.of("Name"), null)));
        assertEquals(WmiQueryException.Kind.INVALID_CLASS, e.kind());
    }

    @Test
    void aPropertyTheClassLacksMakesAnInvalidQuery() {
        WmiQueryException e = assertThrows(WmiQueryException.class,
                () -> wmi.query(new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of("KmsTrayNoSuchProperty"), null)));
        assertEquals(WmiQueryException.Kind.INVALID_QUERY, e.kind());
    }
}
