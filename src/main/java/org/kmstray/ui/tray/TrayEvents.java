package org.kmstray.ui.tray;

/** What the tray icon reports, as plain values so the routing can be tested without a display. */
public interface TrayEvents {
    void mouse(TrayMouse event);

    /**
     * The icon's action: on Windows a click on the notification, a double-click on the icon or keyboard
     * selection, which AWT does not tell apart.
     */
    void action();
}
