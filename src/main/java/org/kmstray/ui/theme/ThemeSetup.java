package org.kmstray.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.kmstray.i18n.Language;

/**
 * Installs the look of every window: FlatLaf, light or dark as the operating system's app mode says,
 * with a font that suits the language. Call once before the first component is made; later calls of
 * {@code apply} do nothing. {@link #useLanguage} changes the font when the user switches language.
 *
 * <p>Traditional Chinese gets a face made for it (see {@link FontChoice}); English keeps the system UI
 * font, whose own punctuation reads better in English than a CJK face's full-width quotes, and which
 * still shows the odd Chinese word ("繁體中文" in the language list) through Java's font fallback.
 *
 * <p>{@code -Dkmstray.theme=dark|light} overrides the system's choice (screenshots, support).
 */
public final class ThemeSetup {
    public static final String THEME_PROPERTY = "kmstray.theme";
    private static final Logger LOG = Logger.getLogger(ThemeSetup.class.getName());
    private static volatile boolean applied;
    private static volatile boolean dark;
    private static volatile Language language;

    private ThemeSetup() {
    }

    /** The light look (unless {@value #THEME_PROPERTY} says otherwise) for the system's display language: tests, screenshots. */
    public static void apply() {
        apply(SystemTheme.LIGHT, Language.forLocale(Locale.getDefault()));
    }

    /** @param system the system's app mode, read beforehand off the event thread */
    public static synchronized void apply(SystemTheme system, Language initialLanguage) {
        if (applied) {
            return;
        }
        boolean wantDark = wantsDark(System.getProperty(THEME_PROPERTY), system);
        onEdt(() -> install(wantDark, initialLanguage));
        dark = wantDark;
        language = initialLanguage;
        applied = true;
    }

    /**
     * Switches the windows' font to suit {@code newLanguage} and refreshes every open window. Windows
     * made afterwards get it too. Does nothing before {@link #apply()} or when the language is the same.
     */
    public static synchronized void useLanguage(Language newLanguage) {
        if (!applied || newLanguage == language) {
            return;
        }
        language = newLanguage;
        onEdt(() -> {
            install(dark, newLanguage);
            FlatLaf.updateUI();
        });
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

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread() || java.awt.GraphicsEnvironment.isHeadless()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            LOG.warning("look and feel not installed: " + e.getCause());
        }
    }

    private static void install(boolean wantDark, Language lang) {
        Optional<String> family = lang == Language.TRADITIONAL_CHINESE
                ? FontChoice.pick(FontChoice.candidatesFor(System.getProperty("os.name")), ThemeSetup::isInstalled, ThemeSetup::displaysSample)
                : Optional.empty();
        FlatLaf.setPreferredFontFamily(family.orElse(null));
        FlatLaf.setPreferredSemiboldFontFamily(family.orElse(null));
        boolean ok = wantDark ? FlatDarkLaf.setup() : FlatLightLaf.setup();
        if (!ok) {
            LOG.warning("FlatLaf could not be installed; the default look and feel is used");
            return;
        }
        // Rounded corners as Windows 11 draws them; no scroll bar arrows.
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
        return f.getFamily(Locale.ROOT).equalsIgnoreCase(family);
    }

    private static boolean displaysSample(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(FontChoice.SAMPLE) < 0;
    }
}
