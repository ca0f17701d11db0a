package org.kmstray.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.Origin;
import org.kmstray.settings.Setting;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

class SettingsFormTest {
    private final InMemoryPreferences prefs = new InMemoryPreferences();
    private final Settings settings = new Settings(prefs, Policies.of(
            Map.of("campus.networks", "140.112.0.0/16,2001:288::/32", "kms.port", "1688"),
            Map.of("vpn.client", "https://vpn.example.edu"), List.of()));
    private final SettingsForm en = new SettingsForm(settings, Messages.of(Language.ENGLISH));

    private Map<Setting<?>, String> texts() {
        Map<Setting<?>, String> t = new HashMap<>();
        for (Setting<?> s : SettingsForm.EDITABLE) {
            t.put(s, en.initialText(s));
        }
        return t;
    }

    @Nested
    class ShowingValues {
        @Test
        void listsShowOneItemPerLineAndTiersAsACommaList() {
            assertEquals("140.112.0.0/16\n2001:288::/32", en.initialText(SettingKeys.CAMPUS_NETWORKS));
            assertEquals("30, 14, 7, 3, 1", en.initialText(SettingKeys.REMINDER_TIERS));
            assertEquals("", en.initialText(SettingKeys.KMS_HOST));
            assertEquals("auto", en.initialText(SettingKeys.LANGUAGE));
        }

        @Test
        void aValueSetByTheOrganisationIsLocked() {
            assertTrue(en.isLocked(SettingKeys.VPN_CLIENT));
            assertEquals(Origin.ORGANISATION_LOCKED, en.origin(SettingKeys.VPN_CLIENT));
            assertFalse(en.isLocked(SettingKeys.KMS_HOST));
            assertEquals(Origin.ORGANISATION_DEFAULT, en.origin(SettingKeys.CAMPUS_NETWORKS));
        }

        @Test
        void everyUserSettingOfTheCatalogueIsEditableExceptTheReminderMemory() {
            for (Setting<?> s : SettingKeys.ALL) {
                assertEquals(s != SettingKeys.REMINDER_STATE, SettingsForm.EDITABLE.contains(s), s.key());
            }
        }
    }

    @Nested
    class CheckingInput {
        @Test
        void aHostWithAShellCharacterIsExplainedInEachLanguage() {
            Optional<String> error = en.error(SettingKeys.KMS_HOST, "kms.example.edu;calc");
            assertTrue(error.orElseThrow().contains("is not a host name"), error.get());
            String zh = new SettingsForm(settings, Messages.of(Language.TRADITIONAL_CHINESE)).error(SettingKeys.KMS_HOST, "kms.example.edu;calc")
                    .orElseThrow();
            assertTrue(zh.contains("不是主機名稱"), zh);
        }

        @Test
        void badItemsInListsAndNumbersOutOfRangeAreFound() {
            assertTrue(en.error(SettingKeys.CAMPUS_NETWORKS, "140.112.0.0/16\n10.0.0.0/33").isPresent());
            assertTrue(en.error(SettingKeys.KMS_PORT, "70000").orElseThrow().contains("1\u201365535"));
            assertTrue(en.error(SettingKeys.REMINDER_TIERS, "30, x").isPresent());
            assertEquals(Optional.empty(), en.error(SettingKeys.KMS_HOST, ""));
        }
    }

    @Nested
    class Saving {
        @Test
        void onlyChangedValuesAreWrittenSoDefaultsStayDefaults() throws Exception {
            Map<Setting<?>, String> t = texts();
            t.put(SettingKeys.KMS_HOST, "kms.example.edu");
            t.put(SettingKeys.REMINDER_TIERS, "30,14,7,3,1");
            t.put(SettingKeys.CAMPUS_NETWORKS, "140.112.0.0/16, 2001:288::/32");
            assertEquals(List.of(SettingKeys.KMS_HOST), en.save(t));
            assertEquals(Optional.of(HostName.parse("kms.example.edu")), settings.get(SettingKeys.KMS_HOST));
            assertEquals(List.of("kms.host"), List.of(prefs.keys()));
        }

        @Test
        void oneInvalidValueMeansNothingIsWritten() throws Exception {
            Map<Setting<?>, String> t = texts();
            t.put(SettingKeys.WARN_DAYS, "20");
            t.put(SettingKeys.KMS_HOST, "kms.example.edu;calc");
            assertEquals(List.of(SettingKeys.KMS_HOST), en.invalid(t));
            assertThrows(InvalidValueException.class, () -> en.save(t));
            assertEquals(0, prefs.keys().length);
            assertEquals(30, settings.get(SettingKeys.WARN_DAYS));
        }

        @Test
        void aLockedValueIsNeverWrittenWhateverTheFieldHolds() throws Exception {
            Map<Setting<?>, String> t = texts();
            t.put(SettingKeys.VPN_CLIENT, "https://elsewhere.example");
            assertEquals(List.of(), en.save(t));
            assertEquals("https://vpn.example.edu", settings.get(SettingKeys.VPN_CLIENT));
        }

        @Test
        void languageAndStartAtLoginAreStoredAsTheirSettingsSpellThem() throws Exception {
            Map<Setting<?>, String> t = texts();
            t.put(SettingKeys.LANGUAGE, "zh-TW");
            t.put(SettingKeys.AUTOSTART, "false");
            en.save(t);
            assertEquals("zh-TW", settings.get(SettingKeys.LANGUAGE));
            assertFalse(settings.get(SettingKeys.AUTOSTART));
        }
    }
}
