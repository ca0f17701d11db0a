package org.kmstray.ui.tray;

import java.awt.Point;
import java.util.function.LongSupplier;

/**
 * Decides what a click on the tray means. A left click opens the status window, a right click the menu. The
 * icon's action event comes both from a click on a notification and from a double-click on the icon (Windows
 * sends the same event for both); it counts as a notification click only when no click on the icon came just
 * before it, because only clicks on the icon produce mouse events.
 */
public final class ClickRouter implements TrayEvents {
    /** What the clicks lead to. */
    public interface Actions {
        void openStatus();

        void openMenu(Point screen);

        /** The user clicked a notification that asked for something to happen when clicked. */
        void notificationClicked(Runnable onClick);
    }

    private final Actions actions;
    private final LongSupplier millis;
    private final LongSupplier doubleClickMillis;
    private final long notificationLifeMillis;
    private final long menuDebounceMillis = 400;

    private long lastIconPress = Long.MIN_VALUE / 2;
    private long lastMenu = Long.MIN_VALUE / 2;
    private Runnable pendingClick;
    private long pendingSince;

    /**
     * @param doubleClickMillis the system's double-click time: an action event this soon after a press on the
     *                          icon belongs to the icon
     * @param notificationLifeMillis how long a shown notification's click action stays valid; AWT says nothing
     *                               when a notification goes away
     */
    public ClickRouter(Actions actions, LongSupplier millis, LongSupplier doubleClickMillis, long notificationLifeMillis) {
        this.actions = actions;
        this.millis = millis;
        this.doubleClickMillis = doubleClickMillis;
        this.notificationLifeMillis = notificationLifeMillis;
    }

    /**
     * A notification was shown; a click on it runs {@code onClick} (null: a click on it only opens the status
     * window). Replaces the click action of any earlier notification, which the new one covers.
     */
    public void notificationShown(Runnable onClick) {
        pendingClick = onClick;
        pendingSince = millis.getAsLong();
    }

    @Override
    public void mouse(TrayMouse e) {
        long now = millis.getAsLong();
        if (e.kind() == TrayMouse.Kind.PRESSED && e.button() == 1 && !e.popupTrigger()) {
            lastIconPress = now;
        }
        boolean menu = e.popupTrigger() || (e.kind() == TrayMouse.Kind.RELEASED && e.button() == 3);
        if (menu && e.kind() != TrayMouse.Kind.CLICKED) {
            // X11 reports the trigger on press, Windows on release: open once.
            if (now - lastMenu > menuDebounceMillis) {
                lastMenu = now;
                actions.openMenu(e.screen());
            }
            return;
        }
        if (e.kind() == TrayMouse.Kind.CLICKED && e.button() == 1 && !e.popupTrigger()) {
            actions.openStatus();
        }
    }

    @Override
    public void action() {
        long now = millis.getAsLong();
        // A little more than the double-click time: the action event trails the second click.
        if (now - lastIconPress <= doubleClickMillis.getAsLong() + 300) {
            // The icon's double-click: its clicks have already opened the status window.
            return;
        }
        Runnable click = pendingClick;
        boolean fresh = click != null && now - pendingSince <= notificationLifeMillis;
        pendingClick = null;
        if (fresh) {
            actions.notificationClicked(click);
        } else {
            // Keyboard selection of the icon, or a notification without an action.
            actions.openStatus();
        }
    }
}
