package org.kmstray.ui.theme;

import java.util.Optional;
import java.util.function.Supplier;

/** Whether the operating system asks apps for a dark appearance. */
@FunctionalInterface
public interface SystemTheme {
    boolean prefersDark();

    /** Light, for systems without an app theme setting the app can read. */
    SystemTheme LIGHT = () -> false;

    /**
     * Windows' "Choose your app mode": the {@code AppsUseLightTheme} DWORD under the user's Personalize key, 0
     * for dark, read once here. The taskbar's own setting ({@code SystemUsesLightTheme}) is the tray icon's
     * business, not the windows'. A missing or unreadable value means light, as on Windows versions before the
     * setting existed. The reading itself (registry) belongs to a platform adapter and runs off the event thread.
     */
    static SystemTheme fromAppsUseLightTheme(Supplier<Optional<Integer>> value) {
        boolean dark;
        try {
            dark = value.get().map(v -> v == 0).orElse(false);
        } catch (RuntimeException e) {
            dark = false;
        }
        boolean prefersDark = dark;
        return () -> prefersDark;
    }
}
