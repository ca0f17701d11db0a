package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Platform;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Windows adapters load and answer clearly on any other system. */
class OffWindowsTest {
    @BeforeEach
    void onlyOffWindows() {
        assumeFalse(Platform.isWindows());
    }

    @Test
    void theAdministratorPromptIsNotStartedAndSaysWhy() {
        Elevation.Exit e = new ShellExecuteElevation().runElevated(Path.of("/bin/true"), "", Duration.ofSeconds(1));

        assertInstanceOf(Elevation.NotStarted.class, e);
    }

    @Test
    void theUserSidIsUnavailable() {
        assertThrows(UnsupportedOperationException.class, () -> new CurrentUserSid().get());
    }
}
