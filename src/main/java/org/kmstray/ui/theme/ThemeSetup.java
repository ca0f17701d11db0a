package org.kmstray.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.util.Locale;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Installs the look of every window: FlatLaf, light or dark as the operating system's app mode says,
 * with a font that shows Traditional Chinese well. Call once before the first component is made;
 * later calls do nothing.
 *
 * <p>{@code -Dkmstray.theme=dark|light} overrides the system's choice (screenshots, support).
 */
public final class ThemeSetup {
    public static final String THEME_PROPERTY = "kmstray.theme";
    private static final Logger LOG = Logger.getLogger(ThemeSetup.class.getName());
    private static volatile boolean applied;
    private static volatile boolean dark;

    private ThemeSetup() {
    }

    public static void apply() {
        apply(SystemTheme.forThisPc());
    }

    static synchronized void apply(SystemTheme system) {
        if (applied) {
            return;
        }
        boolean wantDark = wantsDark(System.getProperty(THEME_PROPERTY), system);
        Runnable install = () -> install(wantDark);
        if (SwingUtilities.isEventDispatchThread() || java.awt.GraphicsEnvironment.isHeadless()) {
            install.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(install);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                install.run();
            } catch (java.lang.reflect.InvocationTargetException e) {
                LOG.warning("look and feel not installed: " + e.getCause());
            }
        }
        dark = wantDark;
        applied = true;
    }

    /** Whether the windows are dark; false before {@link #apply()}. */
    public static boolean isDark() {
        return dark;
    }

    static boolean wantsDark(String override, SystemTheme system) {
        if (override != null) {
            String o = override.trim().toLowerCase(Locale.ROOT);
            if (o.equals("dark")) {
                return true;
            }
            if (o.equals("light")) {
                return false;
            }
        }
        return system.prefersDark();
    }

    private static void install(boolean wantDark) {
        FontChoice.pick(FontChoice.candidatesFor(System.getProperty("os.name")), ThemeSetup::isInstalled, ThemeSetup::displaysSample)
                .ifPresent(family -> {
                    FlatLaf.setPreferredFontFamily(family);
                    FlatLaf.setPreferredSemiboldFontFamily(family);
                });
        boolean ok = wantDark ? FlatDarkLaf.setup() : FlatLightLaf.setup();
        if (!ok) {
            LOG.warning("FlatLaf could not be installed; the default look and feel is used");
            return;
        }
        // Rounded buttons and a visible focus ring, as Windows 11 dialogs have them.
        UIManager.put("Button.arc", 8);
        UIManager.put("Component.arc", 6);
        UIManager.put("ScrollBar.showButtons", false);
        Font f = UIManager.getFont("defaultFont");
        if (f != null && f.canDisplayUpTo(FontChoice.SAMPLE) >= 0) {
            LOG.warning("no installed font shows Traditional Chinese; install Microsoft JhengHei or Noto Sans CJK TC");
        }
    }

    private static boolean isInstalled(String family) {
        Font f = new Font(family, Font.PLAIN, 12);
        // An unknown name silently becomes the Dialog font.
        return f.getFamily(Locale.ROOT).equalsIgnoreCase(family) || f.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT)
                .startsWith(family.toLowerCase(Locale.ROOT));
    }

    private static boolean displaysSample(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(FontChoice.SAMPLE) < 0;
    }
}
