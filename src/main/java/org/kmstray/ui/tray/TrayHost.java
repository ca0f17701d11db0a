package org.kmstray.ui.tray;

import java.awt.Image;

/**
 * The notification-area icon as the app uses it: one icon with a tooltip, notifications, and the raw clicks
 * handed to a {@link TrayEvents}. All methods are called on the Swing event thread.
 */
public interface TrayHost {
    /** Adds the icon; {@code events} receives its clicks. */
    void install(Image image, String tooltip, TrayEvents events) throws TrayUnavailableException;

    void update(Image image, String tooltip);

    /** Shows a notification next to the icon (a balloon, or a toast on Windows 10 and later). */
    void notify(String title, String text, NotificationKind kind);

    /**
     * The most tooltip characters this tray shows: 127 on Windows (NOTIFYICONDATA's szTip); hosts that cut
     * earlier say so, and the tooltip is shortened at the product name instead of losing its date.
     */
    default int tooltipLimit() {
        return org.kmstray.reminder.TrayStatus.MAX_TOOLTIP;
    }

    /** Removes the icon; nothing happens when it was never added. */
    void remove();

    enum NotificationKind {
        INFO, WARNING, ERROR
    }
}
