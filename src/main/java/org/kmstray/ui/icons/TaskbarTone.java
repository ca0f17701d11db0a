package org.kmstray.ui.icons;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the taskbar the tray icon sits on is light or dark. On Windows this is the taskbar's own setting
 * ({@code SystemUsesLightTheme}), which may differ from the apps' light or dark mode.
 */
public enum TaskbarTone {
    LIGHT, DARK;

    /** A dark taskbar where nothing says otherwise: Windows' default and most Linux panels. */
    public static final TaskbarTone DEFAULT = DARK;

    /**
     * The tone from a {@code SystemUsesLightTheme} value (1 light, 0 dark); the default when the value is
     * missing or unreadable.
     */
    public static TaskbarTone fromSystemUsesLightTheme(Supplier<Optional<Integer>> value) {
        try {
            return value.get().map(v -> v == 0 ? DARK : LIGHT).orElse(DEFAULT);
        } catch (RuntimeException e) {
            return DEFAULT;
        }
    }

    String fileSuffix() {
        return this == LIGHT ? "light" : "dark";
    }
}
