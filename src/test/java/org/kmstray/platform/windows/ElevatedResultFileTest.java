package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on Linux with symbolic links standing in for planted links; junctions are reparse points ("other"). */
class ElevatedResultFileTest {
    static final String TOKEN = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path windows;

    private Path resultDirectory() throws IOException {
        return Files.createDirectories(ElevatedResultFile.directory(windows, TOKEN));
    }

    @Test
    void readsTheResultTheElevatedStepWrote() throws IOException {
        Files.writeString(resultDirectory().resolve("result.txt"), "kmstray-result 1\nend\n");

        assertEquals(Optional.of("kmstray-result 1\nend\n"), ElevatedResultFile.read(windows, TOKEN));
    }

    @Test
    void looksOnlyUnderTheWindowsTempFolderNamedByTheToken() {
        assertEquals(windows.resolve("Temp").resolve("KmsTray-" + TOKEN), ElevatedResultFile.directory(windows, TOKEN));
        assertThrows(IllegalArgumentException.class, () -> ElevatedResultFile.directory(windows, "..\\..\\Users"));
    }

    @Test
    void noResultIsNoResult() {
        assertTrue(ElevatedResultFile.read(windows, TOKEN).isEmpty());
    }

    @Test
    void aLinkedDirectoryIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(windows.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("result.txt"), "kmstray-result 1\nend\n");
        Files.createDirectories(windows.resolve("Temp"));
        Files.createSymbolicLink(ElevatedResultFile.directory(windows, TOKEN), elsewhere);

        assertTrue(ElevatedResultFile.read(windows, TOKEN).isEmpty());
    }

    @Test
    void aLinkedFileIsNotFollowed() throws IOException {
        Path planted = Files.writeString(windows.resolve("planted.txt"), "kmstray-result 1\nend\n");
        Files.createSymbolicLink(resultDirectory().resolve("result.txt"), planted);

        assertTrue(ElevatedResultFile.read(windows, TOKEN).isEmpty());
    }

    @Test
    void anOversizedFileIsRefused() throws IOException {
        Files.write(resultDirectory().resolve("result.txt"), new byte[ElevatedResultFile.MAX_BYTES + 1]);

        assertTrue(ElevatedResultFile.read(windows, TOKEN).isEmpty());
    }

    @Test
    void theResultIsUtf8() throws IOException {
        Files.write(resultDirectory().resolve("result.txt"), "kmstray-ospp 1\n版權\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.of("kmstray-ospp 1\n版權\n"), ElevatedResultFile.read(windows, TOKEN));
    }
}
