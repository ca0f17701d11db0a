package org.kmstray.ui.tray;

/** There is no notification area to put the icon in: no display, or no tray host running. */
public final class TrayUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public TrayUnavailableException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** No graphical display at all (a server, an SSH session, {@code java.awt.headless}). */
        NO_DISPLAY,
        /** A display without a notification area, or the icon could not be added. */
        NO_TRAY
    }
}
