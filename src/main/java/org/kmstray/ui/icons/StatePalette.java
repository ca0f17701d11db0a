package org.kmstray.ui.icons;

import java.awt.Color;
import org.kmstray.reminder.TrayState;

/**
 * The colours of the shields in {@code icons/tray/}, repeated here for the days-left number, which is drawn
 * in code: white on every shield but amber, where white would not stand out.
 */
public final class StatePalette {
    private StatePalette() {
    }

    /** The shield's fill, exactly as in {@code shield-<state>-<tone>.svg}. */
    public static Color fill(TrayState state, TaskbarTone tone) {
        boolean dark = tone == TaskbarTone.DARK;
        return switch (state) {
            case OK -> dark ? new Color(0x2FA84F) : new Color(0x1E7E34);
            case WARNING -> dark ? new Color(0xF5A623) : new Color(0xD98C00);
            case CRITICAL -> dark ? new Color(0xF4511E) : new Color(0xD84315);
            case EXPIRED -> dark ? new Color(0xE53935) : new Color(0xB71C1C);
            case UNKNOWN -> dark ? new Color(0x9E9E9E) : new Color(0x6E6E6E);
            case RENEWING -> dark ? new Color(0x2F86EB) : new Color(0x1565C0);
        };
    }

    /** The colour of the glyph or number drawn on the shield. */
    public static Color ink(TrayState state) {
        return state == TrayState.WARNING ? new Color(0x3A2600) : Color.WHITE;
    }
}
