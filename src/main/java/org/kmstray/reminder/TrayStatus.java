package org.kmstray.reminder;

import java.util.OptionalInt;

/**
 * The tray icon's state, the days to draw into it, and its tooltip.
 *
 * @param daysLeft the days left of the product the tooltip names, present only when they are current and
 *                 the product is activated (never for UNKNOWN or EXPIRED, so no stale or misleading number is drawn)
 * @param tooltip at most {@link #MAX_TOOLTIP} characters, which is all Windows shows
 */
public record TrayStatus(TrayState state, OptionalInt daysLeft, String tooltip) {
    /** NOTIFYICONDATA.szTip holds 128 UTF-16 units including the terminating null. */
    public static final int MAX_TOOLTIP = 127;

    public TrayStatus {
        if (state == null || tooltip == null) {
            throw new IllegalArgumentException("state and tooltip are required");
        }
        daysLeft = daysLeft == null ? OptionalInt.empty() : daysLeft;
    }
}
