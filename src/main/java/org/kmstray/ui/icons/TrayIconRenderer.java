package org.kmstray.ui.icons;

import com.formdev.flatlaf.extras.FlatSVGUtils;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.kmstray.reminder.TrayState;

/**
 * Draws the tray icon: the state's shield from {@code icons/tray/}, with the state's glyph or, while 99 days
 * or fewer are left, the days as a number. Each size is rendered from the vector sources, never scaled from
 * another size, so the icon stays crisp at every display scale.
 */
public final class TrayIconRenderer {
    /** Windows' small icon at 100/125/150/200/250/300 %; X11 trays ask for their panel height (often 24). */
    public static final List<Integer> SIZES = List.of(16, 20, 24, 32, 40, 48);
    /** Above this the number would need three digits, which no 16-pixel icon shows legibly. */
    public static final int MAX_NUMBER = 99;

    private static final String FOLDER = "/icons/tray/";

    /** The icon in every size, for {@code TrayIcon.setImage} with image auto-size on. */
    public Image render(TrayState state, OptionalInt daysLeft, TaskbarTone tone) {
        Image[] variants = SIZES.stream().map(s -> render(state, daysLeft, tone, s)).toArray(Image[]::new);
        return new BaseMultiResolutionImage(variants);
    }

    /** One size. */
    public BufferedImage render(TrayState state, OptionalInt daysLeft, TaskbarTone tone, int size) {
        String stem = state.name().toLowerCase(Locale.ROOT);
        BufferedImage image = FlatSVGUtils.svg2image(resource("shield-" + stem + "-" + tone.fileSuffix() + ".svg"), size, size);
        OptionalInt number = shownNumber(state, daysLeft);
        if (number.isPresent()) {
            drawNumber(image, number.getAsInt(), state);
        } else {
            BufferedImage glyph = FlatSVGUtils.svg2image(resource("glyph-" + stem + ".svg"), size, size);
            Graphics2D g = image.createGraphics();
            g.drawImage(glyph, 0, 0, null);
            g.dispose();
        }
        return image;
    }

    /** The number in the icon: days left while counting down (OK, WARNING, CRITICAL) and at most 99. */
    public static OptionalInt shownNumber(TrayState state, OptionalInt daysLeft) {
        boolean counting = state == TrayState.OK || state == TrayState.WARNING || state == TrayState.CRITICAL;
        if (!counting || daysLeft.isEmpty() || daysLeft.getAsInt() < 0 || daysLeft.getAsInt() > MAX_NUMBER) {
            return OptionalInt.empty();
        }
        return daysLeft;
    }

    private static void drawNumber(BufferedImage image, int number, TrayState state) {
        int size = image.getWidth();
        String text = Integer.toString(number);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        FontRenderContext frc = g.getFontRenderContext();
        // The shield's inside is about 3/4 of the icon wide; its visual centre sits a little above the middle.
        double maxWidth = size * (text.length() == 1 ? 0.5 : 0.7);
        double maxHeight = size * 0.47;
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        Rectangle2D bounds = font.createGlyphVector(frc, text).getVisualBounds();
        float scale = (float) Math.min(maxWidth / bounds.getWidth(), maxHeight / bounds.getHeight());
        font = font.deriveFont(size * scale);
        GlyphVector glyphs = font.createGlyphVector(frc, text);
        bounds = glyphs.getVisualBounds();
        double cx = size / 2.0;
        double cy = size * 15.0 / 32.0;
        float x = (float) (cx - bounds.getWidth() / 2 - bounds.getX());
        float y = (float) (cy - bounds.getHeight() / 2 - bounds.getY());
        g.setColor(StatePalette.ink(state));
        g.fill(glyphs.getOutline(x, y));
        g.dispose();
    }

    private static URL resource(String name) {
        URL url = TrayIconRenderer.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("The icon " + FOLDER + name + " is missing from the application.");
        }
        return url;
    }
}
