package org.kmstray.ui.theme;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import javax.swing.UIManager;

/** The few colours the windows use for meaning, with a variant that keeps contrast on dark backgrounds. */
public final class Palette {
    private Palette() {
    }

    private static boolean dark() {
        return FlatLaf.isLafDark();
    }

    public static Color ok() {
        return dark() ? new Color(0x6CC070) : new Color(0x1B7A34);
    }

    public static Color warning() {
        return dark() ? new Color(0xF0B040) : new Color(0xA45200);
    }

    public static Color danger() {
        return dark() ? new Color(0xFF9A90) : new Color(0xC0262D);
    }

    /** Secondary text: evidence, hints, details. */
    public static Color secondaryText() {
        Color c = UIManager.getColor("Label.disabledForeground");
        Color fg = UIManager.getColor("Label.foreground");
        if (fg == null) {
            return c == null ? Color.GRAY : c;
        }
        // Halfway between text and disabled text: quieter than text, still easy to read.
        Color d = c == null ? Color.GRAY : c;
        return new Color((fg.getRed() + d.getRed()) / 2, (fg.getGreen() + d.getGreen()) / 2, (fg.getBlue() + d.getBlue()) / 2);
    }

    /** The background of an information banner (demo mode). */
    public static Color infoBackground() {
        return dark() ? new Color(0x1F3A5A) : new Color(0xDDEBFA);
    }

    /** The background of a warning banner (stale reading, settings warnings). */
    public static Color warningBackground() {
        return dark() ? new Color(0x4A3A12) : new Color(0xFFF1CC);
    }
}
