package org.kmstray.ui.theme;

/** Whether the operating system asks apps for a dark appearance. */
@FunctionalInterface
public interface SystemTheme {
    boolean prefersDark();

    /** Light, for systems without an app theme setting the app can read. */
    SystemTheme LIGHT = () -> false;

    /** The Windows "app mode" setting on Windows, light everywhere else. */
    static SystemTheme forThisPc() {
        return WindowsAppsTheme.isAvailable() ? new WindowsAppsTheme() : LIGHT;
    }
}
