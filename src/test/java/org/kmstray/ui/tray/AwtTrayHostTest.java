package org.kmstray.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Point;
import java.awt.event.MouseEvent;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/** Turning a tray icon's mouse event into a {@link TrayMouse}, without a display. */
class AwtTrayHostTest {
    /** A right-click release at 150 % scaling: Windows reports the device pixels (1500, 1050) for the point (1000, 700). */
    private static MouseEvent rightClickInDevicePixels() {
        return new MouseEvent(new JPanel(), MouseEvent.MOUSE_RELEASED, 0, 0, 1500, 1050, 1500, 1050, 1, true, MouseEvent.BUTTON3);
    }

    @Test
    void theMenuGoesWhereThePointerIsInUserSpaceNotWhereTheEventSaysInDevicePixels() {
        TrayMouse m = AwtTrayHost.convert(TrayMouse.Kind.RELEASED, rightClickInDevicePixels(), () -> new Point(1000, 700));
        assertEquals(new Point(1000, 700), m.screen());
        assertEquals(MouseEvent.BUTTON3, m.button());
    }

    @Test
    void withoutAPointerPositionTheEventsPointIsUsed() {
        TrayMouse m = AwtTrayHost.convert(TrayMouse.Kind.RELEASED, rightClickInDevicePixels(), () -> null);
        assertEquals(new Point(1500, 1050), m.screen());
    }
}
