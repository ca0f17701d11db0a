package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registry keys, values and folder names follow the licensing reference §2.1 (Click-to-Run InstallPath
 * such as C:\Program Files\Microsoft Office; MSI InstallRoot Path naming the Office1x folder).
 */
class OsppLocatorTest {
    private static final String C2R = "SOFTWARE\\Microsoft\\Office\\ClickToRun";
    private static final String MSI16 = "SOFTWARE\\Microsoft\\Office\\16.0\\Common\\InstallRoot";
    private static final String MSI15 = "SOFTWARE\\Microsoft\\Office\\15.0\\Common\\InstallRoot";
    private static final String MSI14 = "SOFTWARE\\Microsoft\\Office\\14.0\\Common\\InstallRoot";

    /** HKLM as a map; records what was asked. */
    private static final class FakeRegistry implements RegistryReader {
        private final Map<String, String> values = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        FakeRegistry put(RegistryView view, String key, String value, String data) {
            values.put(view + "|" + key + "|" + value, data);
            return this;
        }

        @Override
        public Optional<String> localMachineString(String key, String valueName, RegistryView view) {
            asked.add(view + "|" + key + "|" + valueName);
            return Optional.ofNullable(values.get(view + "|" + key + "|" + valueName));
        }
    }

    private final Set<String> files = new HashSet<>();

    private OsppLocator locator(FakeRegistry registry) {
        return new OsppLocator(registry, p -> files.contains(p.toString()));
    }

    @Nested
    class ClickToRun {
        private final FakeRegistry registry = new FakeRegistry()
                .put(RegistryView.NATIVE_64, C2R, "InstallPath", "C:\\Program Files\\Microsoft Office");

        @Test
        void triesOffice16ThenRootOffice16UnderTheInstallPath() {
            assertEquals(List.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS",
                    "C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS"), locator(registry).candidates());
        }

        @Test
        void findsTheScriptInOffice16() {
            files.add("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS");
            files.add("C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS")),
                    locator(registry).locate());
        }

        @Test
        void findsTheScriptInRootOffice16WhenOnlyThatExists() {
            files.add("C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS")),
                    locator(registry).locate());
        }

        @Test
        void isFoundInThe32BitViewToo() {
            FakeRegistry wow = new FakeRegistry()
                    .put(RegistryView.WOW64_32, C2R, "InstallPath", "C:\\Program Files (x86)\\Microsoft Office");
            files.add("C:\\Program Files (x86)\\Microsoft Office\\Office16\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files (x86)\\Microsoft Office\\Office16\\OSPP.VBS")),
                    locator(wow).locate());
        }

        @Test
        void comesBeforeAnMsiInstallation() {
            registry.put(RegistryView.NATIVE_64, MSI14, "Path", "C:\\Program Files\\Microsoft Office\\Office14\\");
            files.add("C:\\Program Files\\Microsoft Office\\Office14\\OSPP.VBS");
            files.add("C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files\\Microsoft Office\\root\\Office16\\OSPP.VBS")),
                    locator(registry).locate());
        }
    }

    @Nested
    class Msi {
        @Test
        void usesTheInstallRootFolderWithOrWithoutATrailingBackslash() {
            FakeRegistry r = new FakeRegistry()
                    .put(RegistryView.NATIVE_64, MSI16, "Path", "C:\\Program Files\\Microsoft Office\\Office16\\")
                    .put(RegistryView.NATIVE_64, MSI15, "Path", "C:\\Program Files\\Microsoft Office\\Office15");
            assertEquals(List.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS",
                    "C:\\Program Files\\Microsoft Office\\Office15\\OSPP.VBS"), locator(r).candidates());
        }

        @Test
        void prefersTheNewestOfficeBecauseOffice16sScriptDoesNotListOffice2010() {
            FakeRegistry r = new FakeRegistry()
                    .put(RegistryView.NATIVE_64, MSI14, "Path", "C:\\Program Files\\Microsoft Office\\Office14\\")
                    .put(RegistryView.WOW64_32, MSI16, "Path", "C:\\Program Files (x86)\\Microsoft Office\\Office16\\");
            files.add("C:\\Program Files\\Microsoft Office\\Office14\\OSPP.VBS");
            files.add("C:\\Program Files (x86)\\Microsoft Office\\Office16\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files (x86)\\Microsoft Office\\Office16\\OSPP.VBS")),
                    locator(r).locate());
        }

        @Test
        void findsOffice2010AloneIn32BitView() {
            FakeRegistry r = new FakeRegistry()
                    .put(RegistryView.WOW64_32, MSI14, "Path", "C:\\Program Files (x86)\\Microsoft Office\\Office14\\");
            files.add("C:\\Program Files (x86)\\Microsoft Office\\Office14\\OSPP.VBS");
            assertEquals(Optional.of(Path.of("C:\\Program Files (x86)\\Microsoft Office\\Office14\\OSPP.VBS")),
                    locator(r).locate());
        }
    }

    @Nested
    class TheRegistry {
        @Test
        void isAskedInBothViewsForEveryKey() {
            FakeRegistry r = new FakeRegistry();
            locator(r).candidates();
            for (String key : List.of(C2R + "|InstallPath", MSI16 + "|Path", MSI15 + "|Path", MSI14 + "|Path")) {
                assertTrue(r.asked.contains("NATIVE_64|" + key), key);
                assertTrue(r.asked.contains("WOW64_32|" + key), key);
            }
        }

        @Test
        void listsAPathSeenInBothViewsOnce() {
            FakeRegistry r = new FakeRegistry()
                    .put(RegistryView.NATIVE_64, MSI16, "Path", "C:\\Program Files\\Microsoft Office\\Office16\\")
                    .put(RegistryView.WOW64_32, MSI16, "Path", "C:\\Program Files\\Microsoft Office\\Office16\\");
            assertEquals(List.of("C:\\Program Files\\Microsoft Office\\Office16\\OSPP.VBS"), locator(r).candidates());
        }

        @Test
        void acceptsAnInstallationOnANetworkShare() {
            FakeRegistry r = new FakeRegistry().put(RegistryView.NATIVE_64, MSI16, "Path", "\\\\fileserver\\office\\Office16\\");
            assertEquals(List.of("\\\\fileserver\\office\\Office16\\OSPP.VBS"), locator(r).candidates());
        }
    }

    @Nested
    class NothingIsFound {
        @Test
        void withoutOfficeInTheRegistryAndNoPathIsGuessed() {
            assertEquals(List.of(), locator(new FakeRegistry()).candidates());
            assertEquals(Optional.empty(), locator(new FakeRegistry()).locate());
        }

        @Test
        void whenTheRecordedFolderHoldsNoScript() {
            FakeRegistry r = new FakeRegistry().put(RegistryView.NATIVE_64, C2R, "InstallPath", "C:\\Program Files\\Microsoft Office");
            assertEquals(Optional.empty(), locator(r).locate());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "Office16", "%ProgramFiles%\\Microsoft Office", "..\\Office16", "C:Office16"})
        void forAValueThatIsNotAnAbsolutePath(String value) {
            FakeRegistry r = new FakeRegistry().put(RegistryView.NATIVE_64, MSI16, "Path", value);
            assertEquals(List.of(), locator(r).candidates());
        }
    }
}
