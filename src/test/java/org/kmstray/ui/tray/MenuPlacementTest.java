package org.kmstray.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MenuPlacementTest {
    private static final Rectangle LEFT = new Rectangle(0, 0, 1920, 1080);
    private static final Rectangle RIGHT = new Rectangle(1920, 0, 2560, 1440);
    private static final Dimension MENU = new Dimension(200, 300);

    @Nested
    class WithTheTaskbarAtTheBottom {
        private final Insets taskbar = new Insets(0, 0, 40, 0);

        @Test
        void theMenuOpensUpwardsAndSitsOnTopOfTheTaskbar() {
            assertEquals(new Point(1700, 1040 - 300), MenuPlacement.place(new Point(1700, 1045), MENU, LEFT, taskbar));
        }

        @Test
        void aClickAboveTheTaskbarOpensUpwardsFromThePointer() {
            assertEquals(new Point(1700, 1000 - 300), MenuPlacement.place(new Point(1700, 1000), new Dimension(200, 300), LEFT, taskbar));
        }

        @Test
        void nearTheRightEdgeItOpensToTheLeftOfThePointer() {
            assertEquals(new Point(1900 - 200, 1040 - 300), MenuPlacement.place(new Point(1900, 1045), MENU, LEFT, taskbar));
        }

        @Test
        void itNeverCoversTheTaskbar() {
            Point at = MenuPlacement.place(new Point(10, 1075), new Dimension(200, 1200), LEFT, taskbar);
            assertEquals(new Point(10, 0), at);
        }
    }

    @Nested
    class WithTheTaskbarAtTheTop {
        @Test
        void theMenuOpensDownwardsBelowThePanel() {
            assertEquals(new Point(1000, 24), MenuPlacement.place(new Point(1000, 12), MENU, LEFT, new Insets(24, 0, 0, 0)));
        }
    }

    @Nested
    class OnTwoMonitors {
        @Test
        void aClickOnTheSecondMonitorUsesThatMonitor() {
            Point click = new Point(4400, 1420);
            Rectangle screen = MenuPlacement.screenOf(click, List.of(LEFT, RIGHT));
            assertEquals(RIGHT, screen);
            Point at = MenuPlacement.place(click, MENU, screen, new Insets(0, 0, 48, 0));
            assertEquals(new Point(4400 - 200, 1392 - 300), at);
        }

        @Test
        void aPointBetweenMonitorsGoesToTheNearestOne() {
            assertEquals(RIGHT, MenuPlacement.screenOf(new Point(3000, 1400), List.of(LEFT, RIGHT)));
            assertEquals(LEFT, MenuPlacement.screenOf(new Point(-5, 10), List.of(LEFT, RIGHT)));
        }

        @Test
        void theMenuStaysOnTheMonitorOfTheClickEvenAtItsLeftEdge() {
            Point at = MenuPlacement.place(new Point(1925, 1400), MENU, RIGHT, new Insets(0, 0, 48, 0));
            assertEquals(new Point(1925, 1092), at);
        }
    }
}
