package org.kmstray;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kmstray.cli.CliEnvironment.DemoOptions;
import org.kmstray.cli.CliEnvironment.Services;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.platform.windows.CurrentUserDword;
import org.kmstray.license.Unreadable;
import org.kmstray.network.LocationClassifier;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.reminder.LicenseMonitor;
import org.kmstray.reminder.VpnRetry;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;
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
import org.kmstray.ui.theme.SystemTheme;
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
     * Besides the tray, the fleet reporter ({@link AppEnvironment#fleetReporter}) hears about every check and
     * renewal: wired here, with the monitor, so that no way of starting the tray can leave it out.
     */
    TrayWiring(AppEnvironment environment, Settings settings, boolean demo, int demoDays, Language language, TrayHost host,
            AppFolders folders, Autostart autostart, Runnable onExit) {
        Clock clock = environment.clock();
        ZoneId zone = environment.zone();
        Services services = environment.services(settings, new DemoOptions(demo, demoDays));
        LicenseMonitor monitor = new LicenseMonitor(services.licenseReader(),
                () -> LocationClassifier.classify(environment.networkSnapshots().take(), settings),
                services.renewer().orElseGet(TrayWiring::noRenewer), clock, demo);
        backend = backendOf(monitor);
        backend.addListener(environment.fleetReporter(settings, demo));
        // After "connect the VPN", renew by itself once the PC is on the VPN or on campus.
        backend.addListener(new VpnRetry(() -> monitor.renew(RenewalRequest.configured())));
        scheduler = CheckScheduler.create(reason -> backend.check(), environment.networkSnapshots(), settings);
        AtomicReference<TrayApp> self = new AtomicReference<>();
        String version = environment.version();
        // Read here, off the event thread; the windows take the app mode as it was when the app started.
        SystemTheme appMode = SystemTheme.fromAppsUseLightTheme(
                () -> CurrentUserDword.read(CurrentUserDword.PERSONALIZE, "AppsUseLightTheme"));
        Function<Messages, AppWindows> windows = m -> new SwingAppWindows(m, zone, SwingAppWindows.actionsOf(self.get()),
                version, demo, settings, autostart, () -> self.get().warnDays(), () -> self.get().settingsNeedAttention(), appMode);
        Supplier<TaskbarTone> taskbar = () -> TaskbarTone.fromSystemUsesLightTheme(
                () -> CurrentUserDword.read(CurrentUserDword.PERSONALIZE, "SystemUsesLightTheme"));
        app = new TrayApp(backend, host, settings, ReminderPolicy.from(settings, zone),
                new TrayApp.Identity(version, demo, services.renewer().isPresent()), zone, clock, language, taskbar, windows,
                folders, scheduler::checkNow, onExit);
        self.set(app);
    }

    /** The tray's view of the monitor. */
    private static TrayBackend backendOf(LicenseMonitor monitor) {
        return new TrayBackend() {
            @Override
            public AppState current() {
                return monitor.state();
            }

            @Override
            public AppState check() {
                return monitor.check();
            }

            @Override
            public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
                return monitor.renew(request);
            }

            @Override
            public void addListener(AppStateListener listener) {
                monitor.addListener(listener);
            }

            @Override
            public void addChangeListener(Consumer<AppState> listener) {
                monitor.addChangeListener(listener);
            }
        };
    }

    /** Where this PC cannot be renewed (the tray then offers no renewal). */
    private static Renewer noRenewer() {
        return new Renewer() {
            @Override
            public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
                return CompletableFuture.completedFuture(new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(),
                        new Unreadable("tray", "cli.renew.unavailable", new Object[0])));
            }

            @Override
            public boolean isRunning() {
                return false;
            }
        };
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
