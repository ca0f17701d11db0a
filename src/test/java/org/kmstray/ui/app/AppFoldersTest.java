package org.kmstray.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppFoldersTest {
    private static final Path HOME = Path.of("/home/mei");

    @Nested
    class OnWindows {
        @Test
        void logsGoUnderLocalAppData() {
            // Path.of on Linux keeps the backslashes as part of one name; the resolution is what is tested.
            AppFolders f = AppFolders.of(true, Map.of("LOCALAPPDATA", "/c/Users/mei/AppData/Local"), HOME);
            assertEquals(Path.of("/c/Users/mei/AppData/Local/KMS Tray"), f.data());
            assertEquals(Path.of("/c/Users/mei/AppData/Local/KMS Tray/logs"), f.logs());
        }

        @Test
        void withoutLocalAppDataTheUsualPlaceInTheProfileIsUsed() {
            AppFolders f = AppFolders.of(true, Map.of(), HOME);
            assertEquals(HOME.resolve("AppData/Local/KMS Tray/logs"), f.logs());
        }
    }

    @Nested
    class Elsewhere {
        @Test
        void logsGoToTheXdgStateFolder() {
            AppFolders f = AppFolders.of(false, Map.of("XDG_STATE_HOME", "/var/state/mei"), HOME);
            assertEquals(Path.of("/var/state/mei/kms-tray"), f.logs());
            assertEquals(f.data(), f.logs());
        }

        @Test
        void withoutXdgStateHomeTheDefaultIsLocalStateInTheHomeFolder() {
            assertEquals(HOME.resolve(".local/state/kms-tray"), AppFolders.of(false, Map.of(), HOME).logs());
        }

        @Test
        void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
            assertEquals(HOME.resolve(".local/state/kms-tray"), AppFolders.of(false, Map.of("XDG_STATE_HOME", "state"), HOME).logs());
        }
    }
}
