package org.kmstray;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kmstray.cli.CliEnvironment.DemoOptions;
import org.kmstray.cli.CliEnvironment.Services;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.platform.windows.CurrentUserDword;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.reminder.CheckScheduler;
import org.kmstray.reminder.ReminderPolicy;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.Settings;
import org.kmstray.ui.app.AppFolders;
import org.kmstray.ui.app.AppWindows;
import org.kmstray.ui.app.SwingAppWindows;
import org.kmstray.ui.app.TrayApp;
import org.kmstray.ui.app.TrayBackend;
import org.kmstray.ui.icons.TaskbarTone;
import org.kmstray.ui.tray.TrayHost;

/**
 * Builds the tray app's parts once for the app's lifetime: one set of services (so one renewer and, in demo
 * mode, one simulated PC), one backend, one scheduler.
 */
final class TrayWiring {
    private final TrayApp app;
    private final CheckScheduler scheduler;
    private final TrayBackend backend;

    /**
     * @param listeners told about every check and renewal besides the tray (fleet signals)
     */
    TrayWiring(AppEnvironment environment, Settings settings, boolean demo, int demoDays, Language language, TrayHost host,
            AppFolders folders, Autostart autostart, List<AppStateListener> listeners, Runnable onExit) {
        Clock clock = environment.clock();
        ZoneId zone = environment.zone();
        Services services = environment.services(settings, new DemoOptions(demo, demoDays));
        backend = new DirectBackend(services.licenseReader(), services.renewer(), clock, demo);
        listeners.forEach(backend::addListener);
        scheduler = CheckScheduler.create(reason -> backend.check(), environment.networkSnapshots(), settings);
        AtomicReference<TrayApp> self = new AtomicReference<>();
        String version = environment.version();
        Function<Messages, AppWindows> windows = m -> new SwingAppWindows(m, zone, SwingAppWindows.actionsOf(self.get()),
                version, demo, settings, autostart);
        Supplier<TaskbarTone> taskbar = () -> TaskbarTone.fromSystemUsesLightTheme(
                () -> CurrentUserDword.read(CurrentUserDword.PERSONALIZE, "SystemUsesLightTheme"));
        app = new TrayApp(backend, host, settings, ReminderPolicy.from(settings, zone),
                new TrayApp.Identity(version, demo, services.renewer().isPresent()), zone, clock, language, taskbar, windows,
                folders, scheduler::checkNow, onExit);
        self.set(app);
    }

    TrayApp app() {
        return app;
    }

    TrayBackend backend() {
        return backend;
    }

    CheckScheduler scheduler() {
        return scheduler;
    }
}
