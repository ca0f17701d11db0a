package org.kmstray.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalOpenerTest {
    @TempDir
    Path dir;

    @Test
    void aWebAddressIsOpenedInTheBrowser() {
        assertEquals(new ExternalOpener.WebPage(URI.create("https://vpn.example.edu.tw/")),
                ExternalOpener.vpnClient("https://vpn.example.edu.tw/"));
    }

    @Test
    void anExistingProgramIsStartedByItsFullPath() throws Exception {
        Path exe = Files.createFile(dir.resolve("FortiClient.exe"));
        assertEquals(new ExternalOpener.Program(exe), ExternalOpener.vpnClient(exe.toString()));
    }

    @Test
    void somethingThatIsNeitherIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient(""));
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient("FortiClient.exe"));
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient(dir.resolve("missing.exe").toString()));
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient("\"" + dir + "\" --evil"));
        assertThrows(IllegalArgumentException.class, () -> ExternalOpener.vpnClient("https:///nohost"));
    }
}
