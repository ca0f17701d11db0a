package org.kmstray.ui.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.reminder.TrayState;

class TrayIconRendererTest {
    private final TrayIconRenderer renderer = new TrayIconRenderer();

    @Nested
    class Sizes {
        @Test
        void theIconHasOneVariantPerTraySizeEachRenderedAtItsOwnSize() {
            Image image = renderer.render(TrayState.OK, OptionalInt.of(120), TaskbarTone.DARK);
            List<Image> variants = ((MultiResolutionImage) image).getResolutionVariants();
            assertEquals(List.of(16, 20, 24, 32, 40, 48), variants.stream().map(i -> i.getWidth(null)).toList());
            assertEquals(List.of(16, 20, 24, 32, 40, 48), variants.stream().map(i -> i.getHeight(null)).toList());
        }

        @Test
        void theCornersStayTransparentSoTheTaskbarShowsThrough() {
            BufferedImage image = renderer.render(TrayState.EXPIRED, OptionalInt.empty(), TaskbarTone.DARK, 32);
            assertEquals(0, alpha(image, 0, 0));
            assertEquals(0, alpha(image, 31, 31));
        }
    }

    @Nested
    class StateColours {
        @ParameterizedTest
        @EnumSource(TrayState.class)
        void eachStatesShieldIsPaintedInItsColourOnADarkTaskbar(TrayState state) {
            assertShieldColour(state, TaskbarTone.DARK);
        }

        @ParameterizedTest
        @EnumSource(TrayState.class)
        void eachStatesShieldIsPaintedInItsColourOnALightTaskbar(TrayState state) {
            assertShieldColour(state, TaskbarTone.LIGHT);
        }

        @Test
        void lightAndDarkTaskbarsGetDifferentOutlines() {
            BufferedImage dark = renderer.render(TrayState.OK, OptionalInt.empty(), TaskbarTone.DARK, 48);
            BufferedImage light = renderer.render(TrayState.OK, OptionalInt.empty(), TaskbarTone.LIGHT, 48);
            // the top edge of the shield is outline: light on a dark taskbar, dark on a light one
            Color darkEdge = new Color(dark.getRGB(24, 4), true);
            Color lightEdge = new Color(light.getRGB(24, 4), true);
            assertTrue(brightness(darkEdge) > brightness(lightEdge), darkEdge + " vs " + lightEdge);
        }

        private void assertShieldColour(TrayState state, TaskbarTone tone) {
            for (int size : TrayIconRenderer.SIZES) {
                BufferedImage image = renderer.render(state, OptionalInt.empty(), tone, size);
                // left of every glyph, well inside the shield
                int x = (int) Math.floor(size * 7.5 / 32);
                int y = (int) Math.floor(size * 9.0 / 32);
                Color expected = StatePalette.fill(state, tone);
                Color actual = new Color(image.getRGB(x, y), true);
                assertTrue(close(expected, actual), state + " at " + size + " px: expected " + expected + ", got " + actual);
            }
        }
    }

    @Nested
    class DaysLeftNumber {
        @Test
        void twelveDaysAreDrawnInTheInkColourAndDifferFromThirteen() {
            for (int size : TrayIconRenderer.SIZES) {
                BufferedImage twelve = renderer.render(TrayState.WARNING, OptionalInt.of(12), TaskbarTone.DARK, size);
                BufferedImage thirteen = renderer.render(TrayState.WARNING, OptionalInt.of(13), TaskbarTone.DARK, size);
                int ink = countNear(twelve, StatePalette.ink(TrayState.WARNING));
                assertTrue(ink >= size * size / 30, size + " px: only " + ink + " ink pixels");
                assertFalse(samePixels(twelve, thirteen), size + " px: 12 and 13 look the same");
            }
        }

        @Test
        void aNumberReplacesTheGlyph() {
            BufferedImage glyph = renderer.render(TrayState.CRITICAL, OptionalInt.empty(), TaskbarTone.DARK, 24);
            BufferedImage five = renderer.render(TrayState.CRITICAL, OptionalInt.of(5), TaskbarTone.DARK, 24);
            assertFalse(samePixels(glyph, five));
        }

        @Test
        void theNumberStaysInsideTheShieldAt16Pixels() {
            BufferedImage image = renderer.render(TrayState.OK, OptionalInt.of(88), TaskbarTone.DARK, 16);
            BufferedImage blank = renderer.render(TrayState.OK, OptionalInt.of(100), TaskbarTone.DARK, 16);
            // columns 0 and 15 are outside the shield: the digits must not reach them
            for (int y = 0; y < 16; y++) {
                assertEquals(blank.getRGB(0, y), image.getRGB(0, y));
                assertEquals(blank.getRGB(15, y), image.getRGB(15, y));
            }
            assertNotEquals(0, countNear(image, Color.WHITE));
        }

        @Test
        void onlyCountingStatesUpTo99ShowANumber() {
            assertEquals(OptionalInt.of(99), TrayIconRenderer.shownNumber(TrayState.OK, OptionalInt.of(99)));
            assertEquals(OptionalInt.of(0), TrayIconRenderer.shownNumber(TrayState.CRITICAL, OptionalInt.of(0)));
            assertEquals(OptionalInt.empty(), TrayIconRenderer.shownNumber(TrayState.OK, OptionalInt.of(100)));
            assertEquals(OptionalInt.empty(), TrayIconRenderer.shownNumber(TrayState.UNKNOWN, OptionalInt.of(12)));
            assertEquals(OptionalInt.empty(), TrayIconRenderer.shownNumber(TrayState.RENEWING, OptionalInt.of(12)));
            assertEquals(OptionalInt.empty(), TrayIconRenderer.shownNumber(TrayState.EXPIRED, OptionalInt.of(0)));
            assertEquals(OptionalInt.empty(), TrayIconRenderer.shownNumber(TrayState.WARNING, OptionalInt.empty()));
        }
    }

    @Nested
    class TaskbarSetting {
        @Test
        void zeroMeansADarkTaskbarAndOneALightOne() {
            assertEquals(TaskbarTone.DARK, TaskbarTone.fromSystemUsesLightTheme(() -> Optional.of(0)));
            assertEquals(TaskbarTone.LIGHT, TaskbarTone.fromSystemUsesLightTheme(() -> Optional.of(1)));
        }

        @Test
        void aMissingOrUnreadableValueMeansTheDefaultDarkTaskbar() {
            assertEquals(TaskbarTone.DARK, TaskbarTone.fromSystemUsesLightTheme(Optional::empty));
            assertEquals(TaskbarTone.DARK, TaskbarTone.fromSystemUsesLightTheme(() -> {
                throw new IllegalStateException("access denied");
            }));
        }
    }

    static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    static boolean close(Color a, Color b) {
        return b.getAlpha() > 240 && Math.abs(a.getRed() - b.getRed()) <= 6 && Math.abs(a.getGreen() - b.getGreen()) <= 6
                && Math.abs(a.getBlue() - b.getBlue()) <= 6;
    }

    static int countNear(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(colour, new Color(image.getRGB(x, y), true))) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    static float brightness(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }
}
