package org.kmstray.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.Autostart;

class XdgAutostartTest {
    @TempDir
    Path config;

    private XdgAutostart autostart() {
        return new XdgAutostart(config, List.of("/opt/kms-tray/bin/KMS Tray", "--autostart"));
    }

    @Nested
    class TurningItOn {
        @Test
        void writesAnEntryUnderAutostartThatStartsTheTray() throws Exception {
            XdgAutostart a = autostart();
            assertFalse(a.isEnabled());
            a.setEnabled(true);
            assertTrue(a.isEnabled());
            Path file = config.resolve("autostart/kms-tray.desktop");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals("[Desktop Entry]", lines.get(0));
            assertTrue(lines.contains("Type=Application"));
            assertTrue(lines.contains("Exec=\"/opt/kms-tray/bin/KMS Tray\" --autostart"), lines.toString());
            assertTrue(lines.contains("Name=KMS Tray"));
        }

        @Test
        void twiceLeavesOneEntryAndNoTemporaryFile() throws Exception {
            XdgAutostart a = autostart();
            a.setEnabled(true);
            a.setEnabled(true);
            try (var files = Files.list(config.resolve("autostart"))) {
                assertEquals(List.of("kms-tray.desktop"), files.map(p -> p.getFileName().toString()).toList());
            }
        }

        @Test
        void failsWithASentenceInTheUsersLanguageWhenTheFolderCannotBeWritten() throws Exception {
            Files.writeString(config.resolve("autostart"), "a file where the folder should be");
            Autostart.AutostartException e = assertThrows(Autostart.AutostartException.class, () -> autostart().setEnabled(true));
            String file = config.resolve("autostart").resolve("kms-tray.desktop").toString();
            assertEquals("無法變更「登入時自動啟動 KMS Tray」：無法寫入或刪除檔案 " + file + "。詳細原因記錄在記錄檔中。",
                    Messages.of(Language.TRADITIONAL_CHINESE).get(e.messageKey(), e.args()));
            // The system's own words are for the log.
            assertTrue(e.getMessage().contains(file), e.getMessage());
            assertTrue(e.getCause() != null);
        }
    }

    @Nested
    class TurningItOff {
        @Test
        void removesTheEntry() throws Exception {
            XdgAutostart a = autostart();
            a.setEnabled(true);
            a.setEnabled(false);
            assertFalse(a.isEnabled());
            assertFalse(Files.exists(a.file()));
        }

        @Test
        void isFineWhenThereIsNoEntry() throws Exception {
            autostart().setEnabled(false);
            assertFalse(autostart().isEnabled());
        }

        @Test
        void aDesktopThatHidesOrDisablesTheEntryCountsAsOff() throws Exception {
            XdgAutostart a = autostart();
            a.setEnabled(true);
            Files.writeString(a.file(), Files.readString(a.file()) + "Hidden=true\n");
            assertFalse(a.isEnabled());
            a.setEnabled(true);
            Files.writeString(a.file(), Files.readString(a.file()).replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"));
            assertFalse(a.isEnabled());
        }
    }

    @Nested
    class ExecQuoting {
        @Test
        void plainArgumentsStayAsTheyAre() {
            assertEquals("/usr/bin/java -jar /opt/kms-tray.jar --autostart",
                    XdgAutostart.exec(List.of("/usr/bin/java", "-jar", "/opt/kms-tray.jar", "--autostart")));
        }

        @Test
        void reservedCharactersAreQuotedAndEscapedAsTheSpecificationSays() {
            assertEquals("\"/home/a b/it\\\\\"s\"", XdgAutostart.exec(List.of("/home/a b/it\"s")));
            assertEquals("\"C:\\\\\\\\x\"", XdgAutostart.exec(List.of("C:\\x")), "a backslash takes four");
            assertEquals("100%%", XdgAutostart.exec(List.of("100%")));
        }
    }

    @Test
    void theConfigFolderFollowsXdgConfigHomeOnlyWhenItIsAbsolute() {
        assertEquals(Path.of("/x/cfg"), XdgAutostart.configHome("/x/cfg", "/home/u"));
        assertEquals(Path.of("/home/u/.config"), XdgAutostart.configHome("relative", "/home/u"));
        assertEquals(Path.of("/home/u/.config"), XdgAutostart.configHome(null, "/home/u"));
    }
}
