package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.kmstray.license.wmi.WmiQueryException;
import org.kmstray.license.wmi.WmiSelect;

/** The adapters compile and load everywhere, and say plainly that they need Windows. */
@DisabledOnOs(OS.WINDOWS)
class WindowsAdaptersOffWindowsTest {
    @Test
    void theSystemDirectoryIsRefusedWithASentenceNamingTheSystem() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, SystemPaths::systemDirectory);
        assertTrue(e.getMessage().contains("only on Windows"), e.getMessage());
        assertTrue(e.getMessage().contains(System.getProperty("os.name")), e.getMessage());
        assertThrows(UnsupportedOperationException.class, SystemPaths::cscript);
    }

    @Test
    void theRegistryIsRefused() {
        assertThrows(UnsupportedOperationException.class, JnaRegistryReader::new);
        assertThrows(UnsupportedOperationException.class, OsppLocator::forThisPc);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, JnaRegistryWriter::new);
        assertTrue(e.getMessage().contains("only on Windows"), e.getMessage());
    }

    @Test
    void theEventLogIsRefusedAndTheFleetSignalsGoToTheApplicationLog() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, WindowsEventLog::new);
        assertTrue(e.getMessage().contains("event log"), e.getMessage());
        assertTrue(org.kmstray.platform.FleetSignalSinks.forThisPc(false) instanceof org.kmstray.fleet.LoggingSink);
    }

    @Test
    void startAtLoginIsAnXdgEntryOrNothingButNeverTheRunKey() {
        org.kmstray.settings.Autostart a = org.kmstray.platform.Autostarts.forThisPc();
        assertTrue(!(a instanceof RunKeyAutostart), a.getClass().getName());
    }

    @Test
    void aWmiQueryFailsAsAFailureNotAMissingClass() {
        OshiWmiQueryRunner runner = new OshiWmiQueryRunner(Duration.ofSeconds(5));
        WmiQueryException e = assertThrows(WmiQueryException.class, () -> runner.query(
                new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of("Version"), null)));
        assertEquals(WmiQueryException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().contains("only on Windows"), e.getMessage());
    }

    @Test
    void aWmiRunnerNeedsAPositiveTimeout() {
        assertThrows(IllegalArgumentException.class, () -> new OshiWmiQueryRunner(Duration.ZERO));
    }
}
