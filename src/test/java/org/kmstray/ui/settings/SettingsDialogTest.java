package org.kmstray.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.ui.WindowTests.one;
import static org.kmstray.ui.WindowTests.onEdt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;
import org.kmstray.testing.EdtWatchingPreferences;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.WindowTests;

class SettingsDialogTest {
    private final InMemoryPreferences prefs = new InMemoryPreferences();
    private final Settings settings = new Settings(prefs, Policies.of(Map.of("campus.networks", "140.112.0.0/16"),
            Map.of("vpn.client", "https://vpn.example.edu"),
            List.of(new SettingsWarning("kms.port", "16 88", "user", "value.number.invalid", new Object[] {"16 88", 1, 65535}))));
    private final RecordingAutostart autostart = new RecordingAutostart();
    private SettingsDialog dialog;

    @BeforeEach
    void needsDisplay() {
        WindowTests.assumeDisplay();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            onEdt(() -> dialog.dialog().dispose());
        }
    }

    private SettingsDialog open(Language language) {
        WindowTests.useLanguage(language);
        // As the app does it: the values are read off the event thread, the dialog is built on it.
        SettingsDialog.Loaded loaded = SettingsDialog.load(settings, Messages.of(language), autostart);
        dialog = onEdt(() -> new SettingsDialog(null, loaded, Messages.of(language)));
        return dialog;
    }

    /** Presses Save and waits for the worker thread that writes the values. */
    private boolean save() {
        CompletableFuture<Boolean> done = onEdt(() -> dialog.save());
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            WindowTests.flushEdt();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T in(String name) {
        return (T) onEdt(() -> (Object) one(dialog.dialog().getRootPane(), name));
    }

    private void shoot(String name, int tab, Language language) {
        onEdt(() -> ((JTabbedPane) in("tabs")).setSelectedIndex(tab));
        onEdt(() -> dialog.dialog().validate());
        WindowTests.screenshot(dialog.dialog().getRootPane(), "settings-" + name + "-" + language.tag());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageRendersInEachLanguage(Language language) {
        open(language);
        String[] pages = {"general", "reminders", "kms", "campus", "vpn"};
        for (int i = 0; i < pages.length; i++) {
            shoot(pages[i], i, language);
        }
        onEdt(() -> assertEquals(5, ((JTabbedPane) in("tabs")).getTabCount()));
    }

    @Nested
    class InvalidInput {
        @ParameterizedTest
        @EnumSource(Language.class)
        void aHostWithAShellCharacterIsFlaggedAndNothingIsSaved(Language language) throws Exception {
            open(language);
            onEdt(() -> {
                ((JTextField) in("field.kms.host")).setText("kms.example.edu;calc");
                ((JTextField) in("field.warn.days")).setText("20");
                ((JTabbedPane) in("tabs")).setSelectedIndex(0);
            });
            assertFalse(save());
            onEdt(() -> {
                JTextComponent error = in("error.kms.host");
                assertTrue(error.isVisible());
                assertTrue(error.getText().contains("kms.example.edu;calc"), error.getText());
                assertEquals(Messages.of(language).get("settings.ui.invalid"), ((javax.swing.JLabel) in("summary")).getText());
                // The page with the bad field comes to the front.
                assertEquals(2, ((JTabbedPane) in("tabs")).getSelectedIndex());
            });
            shoot("invalid", 2, language);
            assertEquals(0, prefs.keys().length);
        }

        @Test
        void correctingTheFieldClearsTheFlagAndThenSaves() throws Exception {
            open(Language.ENGLISH);
            onEdt(() -> {
                JTextField host = in("field.kms.host");
                host.setText("kms.example.edu;calc");
                assertTrue(((JTextComponent) in("error.kms.host")).isVisible());
                host.setText("kms.example.edu");
                assertFalse(((JTextComponent) in("error.kms.host")).isVisible());
            });
            assertTrue(save());
            assertEquals(List.of("kms.host"), List.of(prefs.keys()));
        }

        @Test
        void aBadLineInACampusNetworkListIsFlagged() {
            open(Language.ENGLISH);
            onEdt(() -> {
                ((JTextArea) in("field.campus.networks")).setText("140.112.0.0/16\n140.112.0.0/40");
            });
            assertFalse(save());
            onEdt(() -> {
                assertTrue(((JTextComponent) in("error.campus.networks")).getText().contains("140.112.0.0/40"));
            });
        }
    }

    @Nested
    class OrganisationSettings {
        @Test
        void aLockedValueIsReadOnlyWithANote() {
            open(Language.ENGLISH);
            onEdt(() -> {
                JTextField client = in("field.vpn.client");
                assertFalse(client.isEditable());
                assertEquals("https://vpn.example.edu", client.getText());
                assertEquals("Set by your organization", ((javax.swing.JLabel) in("locked.vpn.client")).getText());
            });
        }

        @Test
        void storedValuesThatCouldNotBeUsedAreListed() {
            open(Language.ENGLISH);
            onEdt(() -> assertTrue(in("warnings") instanceof javax.swing.JPanel p && p.isVisible()));
        }
    }

    @Nested
    class LanguageAndStartAtLogin {
        @Test
        void theLanguageChoiceIsStored() {
            open(Language.ENGLISH);
            onEdt(() -> {
                ((JComboBox<?>) in("field.language")).setSelectedItem("zh-TW");
            });
            assertTrue(save());
            assertEquals("zh-TW", settings.get(SettingKeys.LANGUAGE));
        }

        @Test
        void turningStartAtLoginOffIsPutIntoEffect() {
            autostart.enabled = true;
            open(Language.ENGLISH);
            onEdt(() -> {
                JCheckBox box = in("field.autostart");
                assertTrue(box.isSelected());
                box.setSelected(false);
            });
            assertTrue(save());
            assertEquals(List.of(false), autostart.calls);
            assertFalse(settings.get(SettingKeys.AUTOSTART));
        }

        @Test
        void untouchedStartAtLoginIsLeftAlone() throws Exception {
            open(Language.ENGLISH);
            assertTrue(save());
            assertEquals(List.of(), autostart.calls);
            assertEquals(0, prefs.keys().length);
        }

        @Test
        void aFailureToChangeItIsShownAndTheDialogStaysOpen() {
            autostart.enabled = true;
            autostart.failure = "access denied";
            open(Language.ENGLISH);
            onEdt(() -> {
                ((JCheckBox) in("field.autostart")).setSelected(false);
            });
            assertFalse(save());
            onEdt(() -> {
                assertTrue(((JTextComponent) in("error.autostart")).getText().contains("access denied"));
            });
        }

        @Test
        void theFailureIsOneChineseSentenceInChinese() {
            autostart.enabled = true;
            autostart.failure = "/home/u/.config/autostart/kms-tray.desktop";
            open(Language.TRADITIONAL_CHINESE);
            onEdt(() -> {
                ((JCheckBox) in("field.autostart")).setSelected(false);
            });
            assertFalse(save());
            onEdt(() -> {
                assertEquals("無法變更「登入時自動啟動 KMS Tray」：無法寫入或刪除檔案 /home/u/.config/autostart/kms-tray.desktop。詳細原因記錄在記錄檔中。",
                        ((JTextComponent) in("error.autostart")).getText());
            });
        }

        @Test
        void whenItCannotBeChangedNothingElseIsStoredEither() throws Exception {
            autostart.enabled = true;
            autostart.failure = "access denied";
            open(Language.ENGLISH);
            onEdt(() -> {
                ((JComboBox<?>) in("field.language")).setSelectedItem("zh-TW");
                ((JCheckBox) in("field.autostart")).setSelected(false);
            });
            assertFalse(save());
            assertEquals(List.of(), List.of(prefs.keys()), "the language and start at login stay as they were");
        }

        @Test
        void withTheMachineWideEntryTheUserCanTurnItOffAndOnAgain() {
            autostart.machineWide = true;
            autostart.enabled = true;
            open(Language.ENGLISH);
            onEdt(() -> {
                JCheckBox box = in("field.autostart");
                assertTrue(box.isSelected());
                box.setSelected(false);
            });
            assertTrue(save());
            assertFalse(settings.get(SettingKeys.AUTOSTART));
            onEdt(() -> dialog.dialog().dispose());

            open(Language.ENGLISH);
            onEdt(() -> {
                JCheckBox box = in("field.autostart");
                assertFalse(box.isSelected(), "the box shows what happens at login: the app exits at once");
                box.setSelected(true);
            });
            assertTrue(save());
            assertTrue(settings.get(SettingKeys.AUTOSTART));
            assertEquals("true", prefs.get("autostart", null));
        }

        @Test
        void aSettingTurnedOffShowsOffEvenWhereTheRunValueIsLeft() {
            autostart.enabled = true;
            prefs.put("autostart", "false");
            open(Language.ENGLISH);
            assertFalse(onEdt(() -> ((JCheckBox) in("field.autostart")).isSelected()));
        }

        @Test
        void whereItIsNotSupportedTheBoxIsDisabled() {
            SettingsDialog.Loaded loaded = SettingsDialog.load(settings, Messages.of(Language.ENGLISH), Autostart.UNSUPPORTED);
            dialog = onEdt(() -> new SettingsDialog(null, loaded, Messages.of(Language.ENGLISH)));
            assertFalse(onEdt(() -> ((JCheckBox) in("field.autostart")).isEnabled()));
        }
    }

    @Test
    void theSettingsAreReadAndWrittenOffTheEventThread() {
        EdtWatchingPreferences watched = new EdtWatchingPreferences();
        Settings stored = new Settings(watched, Policies.of(Map.of(), Map.of("vpn.client", "https://vpn.example.edu"), List.of()));
        SettingsDialog.Loaded loaded = SettingsDialog.load(stored, Messages.of(Language.ENGLISH), autostart);
        dialog = onEdt(() -> new SettingsDialog(null, loaded, Messages.of(Language.ENGLISH)));
        onEdt(() -> {
            ((JTextField) in("field.warn.days")).setText("21");
            ((JCheckBox) in("field.autostart")).setSelected(true);
        });
        assertTrue(save());
        assertEquals(21, stored.get(SettingKeys.WARN_DAYS));
        assertEquals(List.of(true), autostart.calls);
        assertEquals(List.of(), watched.usedOnEdt());
    }

    @Test
    void saveIsTheDefaultButtonAndEscapeCloses() {
        open(Language.ENGLISH);
        onEdt(() -> {
            assertEquals("save", dialog.dialog().getRootPane().getDefaultButton().getName());
            assertTrue(((JButton) in("cancel")).isEnabled());
            dialog.dialog().getRootPane().getActionMap().get("kmstray.close").actionPerformed(null);
            assertFalse(dialog.dialog().isDisplayable());
        });
    }

    static final class RecordingAutostart implements Autostart {
        boolean enabled;
        boolean machineWide;
        String failure;
        final List<Boolean> calls = new ArrayList<>();

        @Override
        public boolean isSupported() {
            return true;
        }

        @Override
        public boolean isEnabled() {
            // As the Run key: the machine-wide value stays whatever the user does.
            return machineWide || enabled;
        }

        @Override
        public boolean isMachineWide() {
            return machineWide;
        }

        @Override
        public void setEnabled(boolean on) throws AutostartException {
            if (failure != null) {
                throw new AutostartException("settings.ui.autostart.failed.file", new Object[] {failure}, "test: " + failure, null);
            }
            calls.add(on);
            enabled = on;
        }
    }
}
