package org.kmstray.ui.app;

import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingWorker;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.Settings;
import org.kmstray.ui.about.AboutDialog;
import org.kmstray.ui.settings.SettingsDialog;
import org.kmstray.ui.status.StatusActions;
import org.kmstray.ui.status.StatusWindow;
import org.kmstray.ui.theme.SystemTheme;
import org.kmstray.ui.theme.ThemeSetup;

/** The status window, the settings dialog and the About box, made when first needed. */
public final class SwingAppWindows implements AppWindows {
    private static final Logger LOG = Logger.getLogger(SwingAppWindows.class.getName());
    private final Messages messages;
    private final ZoneId zone;
    private final StatusActions actions;
    private final String version;
    private final boolean demo;
    private final Settings settings;
    private final Autostart autostart;
    private final IntSupplier warnDays;
    private final java.util.function.BooleanSupplier settingsNeedAttention;
    private final SystemTheme systemTheme;
    private StatusWindow status;
    private AppState latest;
    private boolean settingsOpen;

    /**
     * @param warnDays the {@code warn.days} setting as last read off the event thread ({@link TrayApp#warnDays()})
     * @param settingsNeedAttention whether saved settings could not be used, as last read off the event thread
     * @param systemTheme the system's light or dark app mode, read beforehand off the event thread
     */
    public SwingAppWindows(Messages messages, ZoneId zone, StatusActions actions, String version, boolean demo, Settings settings,
            Autostart autostart, IntSupplier warnDays, java.util.function.BooleanSupplier settingsNeedAttention,
            SystemTheme systemTheme) {
        this.messages = messages;
        this.zone = zone;
        this.actions = actions;
        this.version = version;
        this.demo = demo;
        this.settings = settings;
        this.autostart = autostart;
        this.warnDays = warnDays;
        this.settingsNeedAttention = settingsNeedAttention;
        this.systemTheme = systemTheme;
    }

    /** The status window's buttons call the app. */
    public static StatusActions actionsOf(TrayApp app) {
        return new StatusActions() {
            @Override
            public void renew() {
                app.renew();
            }

            @Override
            public void checkNow() {
                app.checkNow();
            }

            @Override
            public void openVpnClient() {
                app.openVpnClient();
            }

            @Override
            public void remindTomorrow() {
                app.remindTomorrow();
            }
        };
    }

    @Override
    public void prepare() {
        ThemeSetup.apply(systemTheme, messages.language());
        // The windows' font suits the language (a CJK face for Chinese); switching repaints open windows.
        ThemeSetup.useLanguage(messages.language());
    }

    @Override
    public void showStatus(AppState state) {
        latest = state;
        status().settingsNeedAttention(settingsNeedAttention.getAsBoolean());
        status().show(state);
    }

    @Override
    public void updateStatus(AppState state) {
        latest = state;
        if (status != null) {
            status.settingsNeedAttention(settingsNeedAttention.getAsBoolean());
            status.update(state);
        }
    }

    @Override
    public boolean statusShowing() {
        return status != null && status.frame().isVisible();
    }

    @Override
    public void showSettings(Runnable afterSave) {
        if (settingsOpen) {
            return;
        }
        settingsOpen = true;
        prepare();
        new SwingWorker<SettingsDialog.Loaded, Void>() {
            @Override
            protected SettingsDialog.Loaded doInBackground() {
                return SettingsDialog.load(settings, messages, autostart);
            }

            @Override
            protected void done() {
                try {
                    SettingsDialog.Loaded loaded = get();
                    if (new SettingsDialog(statusShowing() ? status.frame() : null, loaded, messages).showAndSave()) {
                        afterSave.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "The settings could not be read", e.getCause());
                } finally {
                    settingsOpen = false;
                }
            }
        }.execute();
    }

    @Override
    public void showAbout() {
        prepare();
        AboutDialog.show(status == null ? null : status.frame(), messages, version, demo);
    }

    @Override
    public void dispose() {
        if (status != null) {
            status.dispose();
            status = null;
        }
    }

    /** The status window, for tests and screenshots; made when first asked for. */
    public StatusWindow status() {
        if (status == null) {
            prepare();
            status = new StatusWindow(messages, zone, actions, version, settings, warnDays);
            if (latest != null) {
                status.update(latest);
            }
        }
        return status;
    }
}
