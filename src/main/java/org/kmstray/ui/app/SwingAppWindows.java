package org.kmstray.ui.app;

import java.time.ZoneId;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.Settings;
import org.kmstray.ui.about.AboutDialog;
import org.kmstray.ui.settings.SettingsDialog;
import org.kmstray.ui.status.StatusActions;
import org.kmstray.ui.status.StatusWindow;
import org.kmstray.ui.theme.ThemeSetup;

/** The status window, the settings dialog and the About box, made when first needed. */
public final class SwingAppWindows implements AppWindows {
    private final Messages messages;
    private final ZoneId zone;
    private final StatusActions actions;
    private final String version;
    private final boolean demo;
    private final Settings settings;
    private final Autostart autostart;
    private StatusWindow status;
    private AppState latest;

    public SwingAppWindows(Messages messages, ZoneId zone, StatusActions actions, String version, boolean demo, Settings settings,
            Autostart autostart) {
        this.messages = messages;
        this.zone = zone;
        this.actions = actions;
        this.version = version;
        this.demo = demo;
        this.settings = settings;
        this.autostart = autostart;
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
        ThemeSetup.apply(messages.language());
        // The windows' font suits the language (a CJK face for Chinese); switching repaints open windows.
        ThemeSetup.useLanguage(messages.language());
    }

    @Override
    public void showStatus(AppState state) {
        latest = state;
        status().show(state);
    }

    @Override
    public void updateStatus(AppState state) {
        latest = state;
        if (status != null) {
            status.update(state);
        }
    }

    @Override
    public boolean statusShowing() {
        return status != null && status.frame().isVisible();
    }

    @Override
    public boolean showSettings() {
        prepare();
        return new SettingsDialog(statusShowing() ? status.frame() : null, settings, messages, autostart).showAndSave();
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
            status = new StatusWindow(messages, zone, actions, version, settings);
            if (latest != null) {
                status.update(latest);
            }
        }
        return status;
    }
}
