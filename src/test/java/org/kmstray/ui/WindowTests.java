package org.kmstray.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.kmstray.ui.theme.ThemeSetup;

/**
 * Helpers for tests that build real windows: they need a display (Xvfb in CI). Without one they are
 * skipped, unless {@code KMSTRAY_REQUIRE_TRAY=1} says the display must be there.
 */
public final class WindowTests {
    private WindowTests() {
    }

    public static void assumeDisplay() {
        boolean required = "1".equals(System.getenv("KMSTRAY_REQUIRE_TRAY"));
        if (GraphicsEnvironment.isHeadless()) {
            if (required) {
                throw new AssertionError("KMSTRAY_REQUIRE_TRAY=1 but there is no display (DISPLAY unset?)");
            }
            Assumptions.abort("no display; window tests run under Xvfb");
        }
        ThemeSetup.apply();
    }

    /** Runs on the Swing event thread and returns the result; failures are rethrown here. */
    public static <T> T onEdt(Callable<T> work) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (failure.get() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.get() instanceof Error err) {
            throw err;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    public static void onEdt(Runnable work) {
        onEdt(() -> {
            work.run();
            return null;
        });
    }

    /** Lets pending events (invokeLater re-layouts) run. */
    public static void flushEdt() {
        onEdt(() -> { });
        onEdt(() -> { });
    }

    /** Every component under {@code root} with this name. */
    public static List<Component> named(Container root, String name) {
        List<Component> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    public static <C extends Component> C one(Container root, String name) {
        List<Component> all = named(root, name);
        if (all.size() != 1) {
            throw new AssertionError("expected one component named " + name + ", found " + all.size());
        }
        return (C) all.get(0);
    }

    private static void collect(Container c, String name, List<Component> out) {
        for (Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                out.add(child);
            }
            if (child instanceof Container cc) {
                collect(cc, name, out);
            }
        }
    }

    /** Paints the window's content into {@code target/screenshots/<name>.png}, for people to look at. */
    public static Path screenshot(JRootPane root, String name) {
        Path dir = Path.of(System.getProperty("kmstray.project.dir", "."), "target", "screenshots");
        Path file = dir.resolve(name + ".png");
        onEdt(() -> {
            BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            try {
                // paint, not paintAll: it also draws a window that was packed but never shown.
                root.paint(g);
            } finally {
                g.dispose();
            }
            try {
                Files.createDirectories(dir);
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }
}
