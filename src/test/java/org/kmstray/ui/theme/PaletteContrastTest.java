package org.kmstray.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.util.Map;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The colours that carry meaning stay readable (WCAG AA, 4.5:1) on the window background, light or dark. */
class PaletteContrastTest {
    @AfterAll
    static void backToLight() {
        FlatLightLaf.setup();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void meaningfulColoursAreReadableOnThePanel(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        Color panel = UIManager.getColor("Panel.background");
        Map<String, Color> colours = Map.of("ok", Palette.ok(), "warning", Palette.warning(), "danger", Palette.danger(),
                "secondary", Palette.secondaryText());
        colours.forEach((name, c) -> assertTrue(contrast(c, panel) >= 4.5, name + " " + contrast(c, panel) + (dark ? " dark" : " light")));
        Color text = UIManager.getColor("Label.foreground");
        assertTrue(contrast(text, Palette.infoBackground()) >= 4.5, "info banner");
        assertTrue(contrast(text, Palette.warningBackground()) >= 4.5, "warning banner");
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
