package org.kmstray.license.wmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WmiSelectTest {
    @Nested
    class QueryText {
        @Test
        void listsThePropertiesAndTheCondition() {
            WmiSelect s = new WmiSelect(WmiSelect.CIMV2, "SoftwareLicensingProduct", List.of("ID", "Name"),
                    "PartialProductKey IS NOT NULL");
            assertEquals("SELECT ID, Name FROM SoftwareLicensingProduct WHERE PartialProductKey IS NOT NULL", s.wql());
        }

        @Test
        void hasNoWhereWithoutACondition() {
            assertEquals("SELECT Version FROM Win32_OperatingSystem", OperatingSystemQuery.SELECT.wql());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Name, *", "Name FROM Win32_Process --", "", "1Name"})
        void refusesAnythingButPlainPropertyNames(String property) {
            assertThrows(IllegalArgumentException.class,
                    () -> new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of(property), null));
        }

        @Test
        void needsAtLeastOneProperty() {
            assertThrows(IllegalArgumentException.class,
                    () -> new WmiSelect(WmiSelect.CIMV2, "Win32_OperatingSystem", List.of(), null));
        }
    }

    @Nested
    class ProductSelects {
        @ParameterizedTest(name = "Windows {0}")
        @CsvSource({"6.1.7601, false", "6.2.9200, false", "6.3.9600, true", "10.0.19045, true", "10.0.26100, true"})
        void nameProductKeyChannelOnlyFromWindows81(String version, boolean expected) {
            WmiSelect s = SoftwareLicensingProductQuery.select(WindowsVersion.parse(version));
            assertEquals(expected, s.properties().contains("ProductKeyChannel"), s.wql());
        }

        @Test
        void useTheListEveryVersionHasWhenTheVersionIsUnknown() {
            assertEquals(SoftwareLicensingProductQuery.EVERYWHERE_SELECT, SoftwareLicensingProductQuery.select(Optional.empty()));
        }

        @Test
        void neverNamePropertiesThatBreakTheQueryOnOlderWindows() {
            for (String v : List.of("6.1.7601", "10.0.19045")) {
                List<String> p = SoftwareLicensingProductQuery.select(WindowsVersion.parse(v)).properties();
                assertFalse(p.contains("KeyManagementServiceLookupDomain"));
                assertFalse(p.contains("VLActivationTypeEnabled"));
                assertFalse(p.contains("DiscoveredKeyManagementServiceMachineIpAddress"));
            }
        }

        @Test
        void askOnlyForProductsWithAKey() {
            assertEquals("PartialProductKey IS NOT NULL", SoftwareLicensingProductQuery.EVERYWHERE_SELECT.where());
            assertEquals("PartialProductKey IS NOT NULL", OfficeSoftwareProtectionProductQuery.SELECT.where());
        }

        @Test
        void ofTheOfficeClassNeverNameTheWindows81Properties() {
            assertFalse(OfficeSoftwareProtectionProductQuery.SELECT.properties().contains("ProductKeyChannel"));
            assertEquals("OfficeSoftwareProtectionProduct", OfficeSoftwareProtectionProductQuery.SELECT.className());
        }

        @Test
        void askForEveryPropertyTheMappingReads() {
            List<String> p = OfficeSoftwareProtectionProductQuery.SELECT.properties();
            assertTrue(p.containsAll(List.of("ID", "Name", "Description", "ApplicationID", "PartialProductKey",
                    "LicenseStatus", "LicenseStatusReason", "GracePeriodRemaining", "KeyManagementServiceMachine",
                    "KeyManagementServicePort", "DiscoveredKeyManagementServiceMachineName",
                    "DiscoveredKeyManagementServiceMachinePort", "VLActivationInterval", "VLRenewalInterval")));
        }
    }

    @Nested
    class Rows {
        @Test
        void findPropertiesWithoutRegardToCase() {
            WmiRow r = new WmiRow(Map.of("LicenseStatus", 1L, "Name", "x"));
            assertEquals(1L, r.number("licensestatus"));
            assertEquals("x", r.string("NAME"));
        }

        @Test
        void readSixtyFourBitIntegersThatWmiHandsOverAsText() {
            assertEquals(18446744073L, new WmiRow(Map.of("Big", "18446744073")).number("Big"));
            assertNull(new WmiRow(Map.of("Big", "n/a")).number("Big"));
        }

        @Test
        void giveNullForAbsentProperties() {
            WmiRow r = new WmiRow(Map.of());
            assertNull(r.string("Name"));
            assertNull(r.number("LicenseStatus"));
            assertFalse(r.has("Name"));
        }

        @Test
        void holdOnlyTextAndWholeNumbers() {
            assertThrows(IllegalArgumentException.class, () -> new WmiRow(Map.of("LicenseStatus", 1)));
        }
    }

    @Nested
    class Versions {
        @Test
        void parseAsWin32OperatingSystemWritesThem() {
            assertEquals(new WindowsVersion(6, 1, 7601), WindowsVersion.parse("6.1.7601").orElseThrow());
            assertEquals(new WindowsVersion(10, 0, 19045), WindowsVersion.parse("10.0.19045").orElseThrow());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Windows 10", "6.1", "abc.def.ghi"})
        void areUnknownWhenUnreadable(String text) {
            assertEquals(Optional.empty(), WindowsVersion.parse(text));
        }
    }

    @Nested
    class Failures {
        @Test
        void areClassifiedByTheirWbemCode() {
            assertEquals(WmiQueryException.Kind.INVALID_CLASS, WmiQueryException.Kind.ofHresult(0x80041010));
            assertEquals(WmiQueryException.Kind.INVALID_QUERY, WmiQueryException.Kind.ofHresult(0x80041017));
            assertEquals(WmiQueryException.Kind.INVALID_QUERY, WmiQueryException.Kind.ofHresult(0x80041011));
            assertEquals(WmiQueryException.Kind.FAILED, WmiQueryException.Kind.ofHresult(0x80041003));
        }

        @Test
        void showTheirCodeAsDetail() {
            assertEquals("0x80041003", WmiQueryException.ofHresult(0x80041003, "Access denied").detail());
        }
    }
}
