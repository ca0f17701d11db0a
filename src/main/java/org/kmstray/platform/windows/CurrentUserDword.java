package org.kmstray.platform.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import java.util.Optional;

/** Reads one DWORD under HKEY_CURRENT_USER; read-only, and empty off Windows. */
public final class CurrentUserDword {
    /** Where Windows keeps the light/dark choices of the taskbar and of apps. */
    public static final String PERSONALIZE = "Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";

    private CurrentUserDword() {
    }

    /** The value, or empty when it is missing, of another type, unreadable, or this is not Windows. */
    public static Optional<Integer> read(String key, String valueName) {
        if (!WindowsOnly.isWindows()) {
            return Optional.empty();
        }
        try {
            // Advapi32Util throws for a missing value, so ask first.
            if (!Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, key, valueName)) {
                return Optional.empty();
            }
            return Optional.of(Advapi32Util.registryGetIntValue(WinReg.HKEY_CURRENT_USER, key, valueName));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
