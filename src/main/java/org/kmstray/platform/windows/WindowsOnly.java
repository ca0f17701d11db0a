package org.kmstray.platform.windows;

import com.sun.jna.Platform;

/** The guard every adapter here runs first, so that off Windows it fails with a sentence, not a linkage error. */
final class WindowsOnly {
    private WindowsOnly() {
    }

    static boolean isWindows() {
        return Platform.isWindows();
    }

    /** @throws UnsupportedOperationException naming what needed Windows and what this system is */
    static void require(String what) {
        if (!isWindows()) {
            throw new UnsupportedOperationException(what + " exists only on Windows; this system is "
                    + System.getProperty("os.name") + ".");
        }
    }
}
