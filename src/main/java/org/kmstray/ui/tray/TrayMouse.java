package org.kmstray.ui.tray;

import java.awt.Point;

/**
 * One mouse event on the tray icon.
 *
 * @param kind pressed, released or clicked
 * @param button 1 left, 2 middle, 3 right (AWT's numbering)
 * @param clickCount 2 for the second click of a double-click
 * @param popupTrigger whether the platform opens context menus on this event
 * @param screen where the pointer was, in screen coordinates
 */
public record TrayMouse(Kind kind, int button, int clickCount, boolean popupTrigger, Point screen) {
    public enum Kind {
        PRESSED, RELEASED, CLICKED
    }
}
