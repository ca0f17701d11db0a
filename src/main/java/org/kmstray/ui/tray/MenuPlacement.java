package org.kmstray.ui.tray;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;

/**
 * Where the tray menu opens: on the monitor of the click, next to the pointer, opening away from the taskbar,
 * and never outside the monitor's usable area.
 */
public final class MenuPlacement {
    private MenuPlacement() {
    }

    /** The monitor holding {@code p}, else the one nearest to it; {@code screens} must not be empty. */
    public static Rectangle screenOf(Point p, List<Rectangle> screens) {
        Rectangle best = screens.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (Rectangle r : screens) {
            if (r.contains(p)) {
                return r;
            }
            double dx = Math.max(0, Math.max(r.x - p.x, p.x - (r.x + r.width - 1)));
            double dy = Math.max(0, Math.max(r.y - p.y, p.y - (r.y + r.height - 1)));
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    /**
     * The menu's top-left corner.
     *
     * @param click where the user clicked
     * @param menu the menu's size
     * @param screen the monitor's bounds
     * @param insets the monitor's taskbars and panels
     */
    public static Point place(Point click, Dimension menu, Rectangle screen, Insets insets) {
        Rectangle usable = new Rectangle(screen.x + insets.left, screen.y + insets.top,
                Math.max(0, screen.width - insets.left - insets.right), Math.max(0, screen.height - insets.top - insets.bottom));
        int x = click.x;
        int y = click.y;
        if (x + menu.width > usable.x + usable.width) {
            x = click.x - menu.width;
        }
        if (y + menu.height > usable.y + usable.height) {
            // A taskbar at the bottom: open upwards from the pointer.
            y = click.y - menu.height;
        }
        x = clamp(x, usable.x, usable.x + usable.width - menu.width);
        y = clamp(y, usable.y, usable.y + usable.height - menu.height);
        return new Point(x, y);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
