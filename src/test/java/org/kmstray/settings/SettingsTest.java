package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.testing.InMemoryPreferences;

class SettingsTest {
    private final InMemoryPreferences user = new InMemoryPreferences();

    private static OrganisationPolicy policy(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return PropertiesFilePolicy.of(p, "test");
    }

    @Nested
    class Precedence {
        @Test
        void builtInAppliesWhenNothingIsConfigured() {
            Settings s = new Settings(user, OrganisationPolicy.NONE);
            assertEquals(new Resolved<>(1688, Origin.BUILT_IN), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void organisationDefaultBeatsBuiltIn() {
            Settings s = new Settings(user, policy("kms.port", "1689"));
            assertEquals(new Resolved<>(1689, Origin.ORGANISATION_DEFAULT), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void userBeatsOrganisationDefault() throws Exception {
            Settings s = new Settings(user, policy("kms.port", "1689"));
            s.set(SettingKeys.KMS_PORT, "1700");
            assertEquals(new Resolved<>(1700, Origin.USER), s.resolve(SettingKeys.KMS_PORT));
        }

        @Test
        void lockedBeatsUserAndCannotBeChanged() {
            user.put("kms.port", "1700");
            Settings s = new Settings(user, policy("locked.kms.port", "1690"));
            assertEquals(new Resolved<>(1690, Origin.ORGANISATION_LOCKED), s.resolve(SettingKeys.KMS_PORT));
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> s.set(SettingKeys.KMS_PORT, "1800"));
            assertEquals("value.locked", e.messageKey());
            assertEquals("1700", user.get("kms.port", null), "the user's own value is kept, not overwritten");
        }

        @Test
        void resetReturnsToTheOrganisationDefault() throws Exception {
            Settings s = new Settings(user, policy("kms.host", "kms.example.edu.tw"));
            s.set(SettingKeys.KMS_HOST, "other.example.edu.tw");
            s.reset(SettingKeys.KMS_HOST);
            assertEquals(Optional.of(new HostName("kms.example.edu.tw")), s.get(SettingKeys.KMS_HOST));
        }
    }

    @Nested
    class BrokenValues {
        @Test
        void aBrokenUserValueFallsBackWithAWarningAndIsKept() {
            user.put("kms.port", "70000");
            Settings s = new Settings(user, policy("kms.port", "1689"));
            assertEquals(1689, s.get(SettingKeys.KMS_PORT));
            List<SettingsWarning> w = s.warnings();
            assertEquals(1, w.size());
            assertEquals("kms.port", w.get(0).key());
            assertEquals("70000", w.get(0).rawValue());
            assertEquals("value.number.range", w.get(0).messageKey());
            assertEquals("70000", user.get("kms.port", null));
        }

        @Test
        void aBrokenLockedValueDoesNotLockTheSetting() {
            Settings s = new Settings(user, policy("locked.kms.host", "kms.edu;calc"));
            assertEquals(Optional.empty(), s.get(SettingKeys.KMS_HOST));
            assertEquals(false, s.isLocked(SettingKeys.KMS_HOST));
            assertEquals("value.host.badCharacter", s.warnings().get(0).messageKey());
        }

        @Test
        void anInvalidValueIsRefusedAndNothingIsStored() {
            Settings s = new Settings(user, OrganisationPolicy.NONE);
            assertThrows(InvalidValueException.class, () -> s.set(SettingKeys.KMS_HOST, "a b"));
            assertEquals(null, user.get("kms.host", null));
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"C:\\VPN\\connect.bat", "C:\\VPN\\setup.msi", "C:\\VPN\\go.vbs",
                "/opt/vpn/connect.sh", "vpn.exe", "C:\\VPN\\\"a\".exe", "ftp://vpn.example.edu"})
        void aVpnClientThatIsNotAProgramShortcutOrWebAddressIsRefused(String value) {
            Settings s = new Settings(user, OrganisationPolicy.NONE);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> s.set(SettingKeys.VPN_CLIENT, value));
            assertEquals("value.vpnClient.invalid", e.messageKey());
            assertEquals(null, user.get("vpn.client", null));
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"C:\\Program Files\\Fortinet\\FortiClient\\FortiClient.exe",
                "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\VPN.lnk", "C:\\Apps\\Vpn.APPREF-MS",
                "https://vpn.example.edu.tw/", ""})
        void aProgramAShortcutOrAWebAddressIsAVpnClient(String value) throws InvalidValueException {
            Settings s = new Settings(user, OrganisationPolicy.NONE);
            s.set(SettingKeys.VPN_CLIENT, value);
            assertEquals(value, s.get(SettingKeys.VPN_CLIENT));
        }

        @Test
        void unknownKeysInTheOrganisationFileAreReported() {
            OrganisationPolicy p = policy("kms.hots", "x");
            assertEquals("settings.key.unknown", p.warnings().get(0).messageKey());
        }
    }

    @Nested
    class OrganisationFile {
        @TempDir
        Path dir;

        @Test
        void isReadAsUtf8WithLockedValues() throws Exception {
            Path f = dir.resolve("kms-tray.properties");
            Files.writeString(f, "# 校園設定\nkms.host=kms.example.edu.tw\nlocked.campus.networks=140.112.0.0/16, 2001:288::/32\n",
                    StandardCharsets.UTF_8);
            Settings s = new Settings(user, PropertiesFilePolicy.load(f));
            assertEquals(Optional.of(new HostName("kms.example.edu.tw")), s.get(SettingKeys.KMS_HOST));
            assertEquals(2, s.get(SettingKeys.CAMPUS_NETWORKS).size());
            assertTrue(s.isLocked(SettingKeys.CAMPUS_NETWORKS));
        }

        @Test
        void aMissingFileIsNoPolicy() {
            OrganisationPolicy p = PropertiesFilePolicy.load(dir.resolve("none.properties"));
            assertEquals(0, p.defaults().size() + p.locked().size() + p.warnings().size());
        }

        @Test
        void aNamedFileThatIsMissingIsAWarningWhereNothingCanStop() {
            OrganisationPolicy p = PropertiesFilePolicy.loadGiven(dir.resolve("typo.properties"));
            assertEquals(0, p.defaults().size() + p.locked().size());
            assertEquals("settings.file.missing", p.warnings().get(0).messageKey());
            assertEquals("", p.warnings().get(0).key(), "about the whole file");
        }

        @Test
        void anUnreadableFileIsAWarningNotACrash() throws Exception {
            Path f = dir.resolve("bad.properties");
            Files.write(f, new byte[] {'k', '=', '\\', 'u', '0', '0'});
            OrganisationPolicy p = PropertiesFilePolicy.load(f);
            assertEquals("settings.file.unreadable", p.warnings().get(0).messageKey());
        }
    }

    @Test
    void everyKeyIsLowercaseAscii() {
        for (Setting<?> s : SettingKeys.ALL) {
            assertTrue(s.key().matches("[a-z][a-z0-9.]*"), s.key());
        }
    }

    @Test
    void listsAcceptCommasSemicolonsAndNewlines() throws Exception {
        assertEquals(List.of(30, 14, 7), SettingKeys.REMINDER_TIERS.parse("30; 14,\n7"));
    }
}
