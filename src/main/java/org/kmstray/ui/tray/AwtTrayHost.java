package org.kmstray.ui.tray;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Image;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Supplier;

/** The tray icon through {@link java.awt.SystemTray}. */
public final class AwtTrayHost implements TrayHost {
    /** Windows keeps 127 characters of a tooltip; the rest would be cut mid-word without a mark. */
    public static final int TOOLTIP_LIMIT = 127;
    /** The JDK's limits for a notification's title and text on Windows. */
    public static final int TITLE_LIMIT = 63;
    public static final int TEXT_LIMIT = 255;

    private TrayIcon icon;

    /** Checks that there is a display and a notification area before anything is built. */
    public static void requireTray() throws TrayUnavailableException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new TrayUnavailableException(TrayUnavailableException.Reason.NO_DISPLAY, "no display");
        }
        boolean supported;
        try {
            supported = SystemTray.isSupported();
        } catch (RuntimeException | Error e) {
            throw new TrayUnavailableException(TrayUnavailableException.Reason.NO_DISPLAY, String.valueOf(e.getMessage()));
        }
        if (!supported) {
            throw new TrayUnavailableException(TrayUnavailableException.Reason.NO_TRAY, "no notification area");
        }
    }

    @Override
    public void install(Image image, String tooltip, TrayEvents events) throws TrayUnavailableException {
        requireTray();
        TrayIcon added = new TrayIcon(image, Texts.fit(tooltip, TOOLTIP_LIMIT));
        // The peer scales the image to the tray's size, picking the nearest variant of a multi-resolution image.
        added.setImageAutoSize(true);
        added.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                events.mouse(convert(TrayMouse.Kind.PRESSED, e));
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                events.mouse(convert(TrayMouse.Kind.RELEASED, e));
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                events.mouse(convert(TrayMouse.Kind.CLICKED, e));
            }
        });
        added.addActionListener(e -> events.action());
        try {
            SystemTray.getSystemTray().add(added);
        } catch (AWTException | IllegalArgumentException e) {
            throw new TrayUnavailableException(TrayUnavailableException.Reason.NO_TRAY, String.valueOf(e.getMessage()));
        }
        icon = added;
    }

    @Override
    public void update(Image image, String tooltip) {
        if (icon == null) {
            return;
        }
        if (image != icon.getImage()) {
            icon.setImage(image);
        }
        icon.setToolTip(Texts.fit(tooltip, TOOLTIP_LIMIT));
    }

    @Override
    public void notify(String title, String text, NotificationKind kind) {
        if (icon == null) {
            return;
        }
        TrayIcon.MessageType type = switch (kind) {
            case INFO -> TrayIcon.MessageType.INFO;
            case WARNING -> TrayIcon.MessageType.WARNING;
            case ERROR -> TrayIcon.MessageType.ERROR;
        };
        icon.displayMessage(Texts.fit(title, TITLE_LIMIT), Texts.fit(text, TEXT_LIMIT), type);
    }

    /**
     * The JDK's X11 tray draws its own tooltip and cuts it after 64 characters ({@code InfoWindow.Tooltip}); the
     * Windows and macOS trays show the system's, which hold 127.
     */
    @Override
    public int tooltipLimit() {
        return X11_TOOLKIT.equals(java.awt.Toolkit.getDefaultToolkit().getClass().getName()) ? X11_TOOLTIP_LIMIT : TrayHost.super.tooltipLimit();
    }

    private static final String X11_TOOLKIT = "sun.awt.X11.XToolkit";
    private static final int X11_TOOLTIP_LIMIT = 64;

    @Override
    public void remove() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    private static TrayMouse convert(TrayMouse.Kind kind, MouseEvent e) {
        return convert(kind, e, AwtTrayHost::pointer);
    }

    /**
     * Where the click was, in the user-space coordinates that Swing and the screen bounds use. On Windows a
     * TrayIcon's mouse event carries device pixels (from GetCursorPos): at 150 % scaling that point lies 1.5
     * times too far right and down, on a second monitor even on the wrong screen. The pointer's position as
     * AWT reports it is in user space; the event's position is only the fallback.
     */
    static TrayMouse convert(TrayMouse.Kind kind, MouseEvent e, Supplier<Point> pointer) {
        Point at = pointer.get();
        return new TrayMouse(kind, e.getButton(), e.getClickCount(), e.isPopupTrigger(), at != null ? at : e.getLocationOnScreen());
    }

    private static Point pointer() {
        try {
            PointerInfo p = MouseInfo.getPointerInfo();
            return p == null ? null : p.getLocation();
        } catch (HeadlessException | SecurityException e) {
            return null;
        }
    }
}
