package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.testing.InMemoryPreferences;

class CombinedPolicyTest {
    private final InMemoryPreferences user = new InMemoryPreferences();

    private static OrganisationPolicy file(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return PropertiesFilePolicy.of(p, "kms-tray.properties");
    }

    /** What the Windows policy key looks like to the settings: every value locked. */
    private static OrganisationPolicy registry(String... pairs) {
        Map<String, String> locked = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            locked.put(pairs[i], pairs[i + 1]);
        }
        return OrganisationPolicy.of(Map.of(), locked, List.of(), "HKLM\\SOFTWARE\\Policies\\KMS Tray");
    }

    private Settings settings(OrganisationPolicy registry, OrganisationPolicy file) {
        return new Settings(user, CombinedPolicy.of(registry, file));
    }

    @Nested
    class TheDocumentedPrecedence {
        @Test
        void registryPolicyBeatsTheFilesLockedValue() {
            Settings s = settings(registry("kms.port", "1701"), file("locked.kms.port", "1702"));
            assertEquals(new Resolved<>(1701, Origin.ORGANISATION_LOCKED), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void theFilesLockedValueBeatsTheUser() {
            user.put("kms.port", "1703");
            Settings s = settings(registry(), file("locked.kms.port", "1702"));
            assertEquals(new Resolved<>(1702, Origin.ORGANISATION_LOCKED), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void theUserBeatsTheFilesDefault() {
            user.put("kms.port", "1703");
            Settings s = settings(registry(), file("kms.port", "1704"));
            assertEquals(new Resolved<>(1703, Origin.USER), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void theFilesDefaultBeatsTheBuiltIn() {
            Settings s = settings(registry(), file("kms.port", "1704"));
            assertEquals(new Resolved<>(1704, Origin.ORGANISATION_DEFAULT), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void theBuiltInAppliesWhenNoSourceSaysAnything() {
            Settings s = settings(registry(), file());
            assertEquals(new Resolved<>(1688, Origin.BUILT_IN), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void aRegistryValueBeatsTheUserAndCannotBeChanged() {
            user.put("warn.days", "20");
            Settings s = settings(registry("warn.days", "45"), file());
            assertEquals(45, s.get(SettingKeys.WARN_DAYS));
            assertTrue(s.isLocked(SettingKeys.WARN_DAYS));
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> s.set(SettingKeys.WARN_DAYS, "10"));
            assertEquals("value.locked", e.messageKey());
            assertEquals("20", user.get("warn.days", null), "the user's own value stays for when the policy goes");
        }

        @Test
        void aRegistryValueBeatsTheFilesDefaultEvenForSettingsTheUserNeverTouched() {
            Settings s = settings(registry("kms.host", "kms.example.edu.tw"), file("kms.host", "other.example.edu"));
            assertEquals("kms.example.edu.tw", s.get(SettingKeys.KMS_HOST).orElseThrow().value());
        }
    }

    @Nested
    class UnusableValues {
        @Test
        void aBrokenRegistryValueFallsBackToTheFilesLockedValueNotToTheUser() {
            user.put("kms.port", "1703");
            Settings s = settings(registry("kms.port", "not a port"), file("locked.kms.port", "1702"));
            assertEquals(new Resolved<>(1702, Origin.ORGANISATION_LOCKED), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void aBrokenRegistryValueIsReportedWithItsSource() {
            Settings s = settings(registry("kms.port", "99999"), file());
            SettingsWarning w = s.warnings().stream().filter(x -> x.key().equals("kms.port")).findFirst().orElseThrow();
            assertEquals("99999", w.rawValue());
            assertEquals("value.number.range", w.messageKey());
            assertTrue(w.source().contains("HKLM\\SOFTWARE\\Policies\\KMS Tray"), w.source());
        }

        @Test
        void whenEveryLockedValueIsBrokenTheUserDecidesAndNothingIsLocked() {
            user.put("kms.port", "1703");
            Settings s = settings(registry("kms.port", "x"), file("locked.kms.port", "y"));
            assertEquals(new Resolved<>(1703, Origin.USER), s.resolve(SettingKeys.KMS_PORT));
            assertFalse(s.isLocked(SettingKeys.KMS_PORT));
            assertEquals(2, s.warnings().stream().filter(x -> x.key().equals("kms.port")).count(),
                    "each skipped value is reported once");
        }

        @Test
        void theSourcesOwnWarningsArePassedOn() {
            Settings s = settings(registry(), file("no.such.key", "1"));
            assertTrue(s.warnings().stream().anyMatch(w -> w.messageKey().equals("settings.key.unknown")));
        }
    }

    @Test
    void itDescribesEverySourceThatExists() {
        assertEquals("HKLM\\SOFTWARE\\Policies\\KMS Tray; kms-tray.properties",
                CombinedPolicy.of(registry(), file(), OrganisationPolicy.NONE).describe());
    }
}
