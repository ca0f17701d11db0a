package org.kmstray.platform.windows;

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
import org.kmstray.settings.Autostart;

class RunKeyAutostartTest {
    static final String RUN = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final List<String> COMMAND = List.of("C:\\Program Files\\KMS Tray\\KMS Tray.exe", "--autostart");

    /** HKCU as a map of key\value to data. */
    static final class FakeUserHive implements RegistryWriter {
        final Map<String, String> values = new HashMap<>();
        boolean denied;

        @Override
        public Optional<String> currentUserString(String key, String valueName) {
            return Optional.ofNullable(values.get(key + "\\" + valueName));
        }

        @Override
        public void setCurrentUserString(String key, String valueName, String value) {
            if (denied) {
                throw new IllegalStateException("Access is denied.");
            }
            values.put(key + "\\" + valueName, value);
        }

        @Override
        public void deleteCurrentUserValue(String key, String valueName) {
            values.remove(key + "\\" + valueName);
        }
    }

    private final FakeUserHive user = new FakeUserHive();

    private static RegistryReader machine(boolean msiInstalled) {
        return (key, name, view) -> msiInstalled && key.equalsIgnoreCase(RUN) && name.equals("KMS Tray") && view == RegistryView.NATIVE_64
                ? Optional.of("\"C:\\Program Files\\KMS Tray\\KMS Tray.exe\" --autostart") : Optional.empty();
    }

    @Nested
    class WithoutTheMachineWideValue {
        private final RunKeyAutostart autostart = new RunKeyAutostart(machine(false), user, COMMAND);

        @Test
        void onWritesTheUsersRunValueWithTheQuotedLauncher() throws Exception {
            autostart.setEnabled(true);
            assertEquals("\"C:\\Program Files\\KMS Tray\\KMS Tray.exe\" --autostart", user.values.get(RUN + "\\KMS Tray"));
            assertTrue(autostart.isEnabled());
        }

        @Test
        void offRemovesIt() throws Exception {
            autostart.setEnabled(true);
            autostart.setEnabled(false);
            assertFalse(autostart.isEnabled());
            assertTrue(user.values.isEmpty());
        }

        @Test
        void aRefusedWriteIsASentenceNamingTheKeyInTheUsersLanguage() {
            user.denied = true;
            Autostart.AutostartException e = assertThrows(Autostart.AutostartException.class, () -> autostart.setEnabled(true));
            String zh = Messages.of(Language.TRADITIONAL_CHINESE).get(e.messageKey(), e.args());
            assertTrue(zh.startsWith("無法變更「登入時自動啟動 KMS Tray」：Windows 不允許"), zh);
            assertTrue(zh.contains("HKCU\\" + RUN), zh);
            assertFalse(zh.contains("Access is denied"), zh);
            // Windows' own words go to the log.
            assertTrue(e.getMessage().contains("Access is denied."), e.getMessage());
        }
    }

    @Nested
    class WithTheMsisMachineWideValue {
        private final RunKeyAutostart autostart = new RunKeyAutostart(machine(true), user, COMMAND);

        @Test
        void onWritesNothingPerUserSoTheAppDoesNotStartTwice() throws Exception {
            autostart.setEnabled(true);
            assertTrue(user.values.isEmpty());
            assertTrue(autostart.isMachineWide());
            assertTrue(autostart.isEnabled());
        }

        @Test
        void onRemovesAnOldPerUserValue() throws Exception {
            user.values.put(RUN + "\\KMS Tray", "\"C:\\old\\KMS Tray.exe\" --autostart");
            autostart.setEnabled(true);
            assertTrue(user.values.isEmpty());
        }

        @Test
        void offIsTheSettingTheAppChecksAtStartNotARegistryChange() throws Exception {
            autostart.setEnabled(false);
            assertTrue(user.values.isEmpty());
            assertTrue(autostart.isEnabled(), "the machine value still starts the app, which then exits for this user");
        }
    }

    @Test
    void argumentsWithoutSpacesStayUnquoted() {
        assertEquals("\"C:\\Program Files\\Java\\bin\\javaw.exe\" -jar C:\\apps\\kms-tray.jar --autostart",
                RunKeyAutostart.commandLine(List.of("C:\\Program Files\\Java\\bin\\javaw.exe", "-jar", "C:\\apps\\kms-tray.jar", "--autostart")));
    }
}
