package org.kmstray.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.ui.app.ExternalOpener.VpnClientProblem;
import org.kmstray.ui.app.ExternalOpener.VpnClientRefused;

class ExternalOpenerTest {
    @TempDir
    Path dir;

    @Test
    void aWebAddressIsOpenedInTheBrowser() throws Exception {
        assertEquals(new ExternalOpener.WebPage(URI.create("https://vpn.example.edu.tw/")),
                ExternalOpener.vpnClient("https://vpn.example.edu.tw/"));
    }

    @Test
    void anExistingProgramIsStartedByItsFullPath() throws Exception {
        Path exe = Files.createFile(dir.resolve("FortiClient.exe"));
        assertEquals(new ExternalOpener.Program(exe), ExternalOpener.vpnClient(exe.toString()));
    }

    @Test
    void somethingThatIsNeitherIsRefusedWithItsReason() throws Exception {
        assertEquals(VpnClientProblem.NOT_SET, refused(""));
        assertEquals(VpnClientProblem.NOT_ABSOLUTE, refused("FortiClient.exe"));
        assertEquals(VpnClientProblem.MISSING, refused(dir.resolve("missing.exe").toString()));
        assertEquals(VpnClientProblem.NOT_ABSOLUTE, refused("file:///etc/passwd"));
        assertEquals(VpnClientProblem.NOT_PLAIN, refused("\"" + dir + "\" --evil"));
        assertEquals(VpnClientProblem.NO_HOST, refused("https:///nohost"));
        assertEquals(VpnClientProblem.NO_HOST, refused("https://vpn example/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"connect.bat", "connect.cmd", "connect.vbs", "connect.js", "connect.hta", "screen.scr", "setup.msi",
        "notes.txt", "vpn"})
    void aFileTheShellWouldRunOrOpenIsRefused(String name) throws Exception {
        Path file = Files.createFile(dir.resolve(name));
        assertEquals(VpnClientProblem.WRONG_TYPE, refused(file.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FortiClient.EXE", "Cisco AnyConnect.lnk", "GlobalProtect.appref-ms"})
    void aProgramOrAShortcutIsAccepted(String name) throws Exception {
        Path file = Files.createFile(dir.resolve(name));
        assertEquals(new ExternalOpener.Program(file), ExternalOpener.vpnClient(file.toString()));
    }

    @ParameterizedTest
    @EnumSource(VpnClientProblem.class)
    void everyReasonIsAWholeSentenceInBothLanguages(VpnClientProblem problem) {
        String zh = Messages.of(Language.TRADITIONAL_CHINESE).get(problem.messageKey(), "C:\\VPN\\vpn.exe");
        String en = Messages.of(Language.ENGLISH).get(problem.messageKey(), "C:\\VPN\\vpn.exe");
        assertNotEquals(en, zh);
        // Apart from the setting, example paths, file types and "VPN", nothing English in the Chinese sentence.
        String rest = zh.replace("C:\\VPN\\vpn.exe", "").replace("C:\\Program Files\\", "").replace("VPN", "")
                .replaceAll("\\.[a-z-]+|https?://", "");
        assertFalse(rest.matches("(?s).*[A-Za-z]{3,}.*"), zh);
    }

    private static VpnClientProblem refused(String setting) {
        return assertThrows(VpnClientRefused.class, () -> ExternalOpener.vpnClient(setting)).problem();
    }
}
