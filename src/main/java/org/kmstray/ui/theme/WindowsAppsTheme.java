package org.kmstray.ui.theme;

import com.sun.jna.Platform;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;

/**
 * Windows' "Choose your app mode": {@code AppsUseLightTheme} under the user's Personalize key, 0 for
 * dark. The taskbar's own setting ({@code SystemUsesLightTheme}) is the tray icon's business, not the
 * windows'. A missing value means light, as on Windows versions before the setting existed.
 */
final class WindowsAppsTheme implements SystemTheme {
    static final String KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";
    static final String VALUE = "AppsUseLightTheme";

    static boolean isAvailable() {
        return Platform.isWindows();
    }

    @Override
    public boolean prefersDark() {
        try {
            // Advapi32Util throws for a missing value, so ask first.
            return Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, KEY, VALUE)
                    && Advapi32Util.registryGetIntValue(WinReg.HKEY_CURRENT_USER, KEY, VALUE) == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
