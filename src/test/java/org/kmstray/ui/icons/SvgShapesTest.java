package org.kmstray.ui.icons;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.formdev.flatlaf.extras.FlatSVGUtils;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tray's own drawing of its SVG sources against a full SVG renderer (jsvg, through FlatLaf). */
class SvgShapesTest {
    static Stream<String> sources() throws IOException {
        Path dir = Path.of(System.getProperty("kmstray.project.dir", "."), "icons", "tray");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void everyTrayIconLooksAsAFullSvgRendererDrawsIt(String name) {
        for (int size : TrayIconRenderer.SIZES) {
            BufferedImage ours = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            SvgShapes.parse(TrayIconRenderer.source(name)).paint(ours);
            BufferedImage reference = FlatSVGUtils.svg2image(TrayIconRenderer.class.getResource(TrayIconRenderer.FOLDER + name), size, size);
            double mean = 0;
            int worst = 0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int d = difference(ours.getRGB(x, y), reference.getRGB(x, y));
                    mean += d;
                    worst = Math.max(worst, d);
                }
            }
            mean /= size * size;
            // Edges may be antialiased a little differently; shapes, colours and positions must agree.
            assertTrue(mean < 3.0, name + " at " + size + " px differs by " + mean + " on average");
            assertTrue(worst < 140, name + " at " + size + " px differs by " + worst + " in one pixel");
        }
    }

    @Test
    void somethingOutsideTheSubsetIsRefusedRatherThanDrawnWrong() {
        assertThrows(IllegalArgumentException.class, () -> SvgShapes.parse(
                "<svg viewBox=\"0 0 32 32\"><rect x=\"1\" y=\"1\" width=\"4\" height=\"4\"/></svg>"));
        assertThrows(IllegalArgumentException.class, () -> SvgShapes.parse(
                "<svg viewBox=\"0 0 32 32\"><path d=\"M1 1 Q4 4 8 8\"/></svg>"));
        assertThrows(IllegalArgumentException.class, () -> SvgShapes.parse(
                "<svg viewBox=\"0 0 32 32\"><circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"red\"/></svg>"));
    }

    /** The largest difference of the four channels, alpha-weighted colour so transparent pixels compare equal. */
    private static int difference(int a, int b) {
        int aa = a >>> 24;
        int ba = b >>> 24;
        int d = Math.abs(aa - ba);
        for (int shift = 0; shift <= 16; shift += 8) {
            int ac = ((a >> shift) & 0xff) * aa / 255;
            int bc = ((b >> shift) & 0xff) * ba / 255;
            d = Math.max(d, Math.abs(ac - bc));
        }
        return d;
    }
}
