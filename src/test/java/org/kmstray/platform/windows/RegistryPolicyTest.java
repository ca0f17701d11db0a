package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.settings.PolicyValue;
import org.kmstray.settings.SettingsWarning;

class RegistryPolicyTest {
    /** A registry holding only the policy key, in the native view. */
    private static RegistryReader registryWith(Map<String, String> values) {
        return new RegistryReader() {
            @Override
            public Optional<String> localMachineString(String key, String valueName, RegistryView view) {
                return Optional.empty();
            }

            @Override
            public Map<String, String> localMachineValues(String key, RegistryView view) {
                return key.equals("SOFTWARE\\Policies\\KMS Tray") && view == RegistryView.NATIVE_64 ? values : Map.of();
            }
        };
    }

    @Nested
    class KnownValues {
        @Test
        void everyValueUnderThePolicyKeyIsLocked() {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("kms.host", "kms.example.edu.tw");
            v.put("campus.networks", "140.112.0.0/16");
            RegistryPolicy p = RegistryPolicy.read(registryWith(v));
            assertEquals(Map.of("kms.host", "kms.example.edu.tw", "campus.networks", "140.112.0.0/16"), p.locked());
            assertEquals(Map.of(), p.defaults());
            assertEquals(List.of(), p.warnings());
        }

        @Test
        void valueNamesMatchWhateverTheirCaseAsWindowsDoes() {
            RegistryPolicy p = RegistryPolicy.read(registryWith(Map.of("KMS.Port", "1688")));
            assertEquals(Map.of("kms.port", "1688"), p.locked());
        }

        @Test
        void everyPolicyValueIsReadByItsName() {
            Map<String, String> v = new LinkedHashMap<>();
            for (PolicyValue pv : PolicyValue.values()) {
                v.put(pv.valueName(), "x");
            }
            assertEquals(PolicyValue.values().length, RegistryPolicy.read(registryWith(v)).locked().size());
        }
    }

    @Nested
    class OtherValues {
        @Test
        void anUnknownValueNameIsAWarningNamingTheKey() {
            RegistryPolicy p = RegistryPolicy.read(registryWith(Map.of("kms.hots", "kms.example.edu.tw")));
            assertEquals(Map.of(), p.locked());
            SettingsWarning w = p.warnings().get(0);
            assertEquals("settings.key.unknown", w.messageKey());
            assertEquals("kms.hots", w.args()[0]);
            assertEquals("HKLM\\SOFTWARE\\Policies\\KMS Tray", w.args()[1]);
        }

        @Test
        void theKeysUnnamedDefaultValueIsIgnoredSilently() {
            RegistryPolicy p = RegistryPolicy.read(registryWith(Map.of("", "")));
            assertTrue(p.warnings().isEmpty());
        }

        @Test
        void aMissingKeyMeansNoPolicy() {
            RegistryPolicy p = RegistryPolicy.read((key, name, view) -> Optional.empty());
            assertEquals(Map.of(), p.locked());
            assertTrue(p.warnings().isEmpty());
        }
    }

    @Nested
    class ValueTypes {
        @Test
        void groupPolicyNumbersAndListsReadAsTheSameTextAsMsiStrings() {
            assertEquals("1688", RegistryValueText.of(1688));
            assertEquals("4294967295", RegistryValueText.of(-1), "a DWORD is unsigned");
            assertEquals("140.112.0.0/16,10.8.0.0/16", RegistryValueText.of(new String[] {"140.112.0.0/16", "10.8.0.0/16"}));
            assertEquals("kms.example.edu.tw", RegistryValueText.of("kms.example.edu.tw"));
            assertEquals(null, RegistryValueText.of(new byte[] {1, 2}));
        }
    }
}
