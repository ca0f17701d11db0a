package org.kmstray.ui.app;

import java.awt.Point;
import java.awt.Toolkit;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.reminder.Reminder;
import org.kmstray.reminder.ReminderPolicy;
import org.kmstray.reminder.RenewalMessages;
import org.kmstray.reminder.RenewalNotification;
import org.kmstray.reminder.TrayState;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.ui.icons.TaskbarTone;
import org.kmstray.ui.tray.ClickRouter;
import org.kmstray.ui.tray.MenuCommand;
import org.kmstray.ui.tray.MenuContext;
import org.kmstray.ui.tray.MenuModel;
import org.kmstray.ui.tray.SwingTrayMenu;
import org.kmstray.ui.tray.TrayHost;
import org.kmstray.ui.tray.TrayHost.NotificationKind;
import org.kmstray.ui.tray.TrayUnavailableException;

/**
 * The tray app: keeps the icon and the status window in step with each state the backend reports, shows
 * reminders and renewal outcomes as notifications, and carries out what the menu, the status window and a
 * click on a reminder ask for. The backend reports on its own threads; everything visible happens on the
 * Swing event thread, and nothing slow runs there.
 */
public final class TrayApp implements AppStateListener {
    private static final Logger LOG = Logger.getLogger(TrayApp.class.getName());
    /**
     * How long a click on a shown reminder still starts a renewal. AWT does not say when a notification goes,
     * and a keyboard selection of the icon (NIN_KEYSELECT) sends the same action event, so keep it short: about
     * as long as Windows shows a toast before it moves to the Action Center.
     */
    static final long NOTIFICATION_LIFE_MILLIS = 20_000;
    /** How long Exit waits for settings still being saved. */
    private static final long EXIT_WAIT_SECONDS = 2;

    /** What the app is, for the windows and the log. */
    public record Identity(String version, boolean demo, boolean canRenew) {
    }

    private final TrayBackend backend;
    private final TrayHost host;
    private final Settings settings;
    private final ReminderPolicy reminders;
    private final Identity identity;
    private final ZoneId zone;
    private final Clock clock;
    private final Function<Messages, AppWindows> windowFactory;
    private final AppFolders folders;
    private final ExternalOpener opener = new ExternalOpener();
    private final TrayPresenter presenter;
    private final Supplier<TaskbarTone> taskbar;
    private final ClickRouter router;
    private final SwingTrayMenu menu = new SwingTrayMenu();
    private final Runnable requestCheck;
    private final Runnable onExit;
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kmstray-tray");
        t.setDaemon(true);
        return t;
    });

    /** Read off the event thread (registry, preferences) whenever a check or a saved setting may have changed them. */
    private volatile TrayPresenter.Inputs inputs;

    // Event thread only.
    private Messages messages;
    private AppWindows windows;
    private AppState state;
    private boolean reminderShowing;
    private boolean vpnOffered;
    private boolean exiting;
    private volatile boolean settingsWarnings;

    /** Reads the settings and the taskbar's tone: make it off the Swing event thread. */
    public TrayApp(TrayBackend backend, TrayHost host, Settings settings, ReminderPolicy reminders, Identity identity,
            ZoneId zone, Clock clock, Language language, Supplier<TaskbarTone> taskbar,
            Function<Messages, AppWindows> windowFactory, AppFolders folders, Runnable requestCheck, Runnable onExit) {
        this.backend = backend;
        this.host = host;
        this.settings = settings;
        this.reminders = reminders;
        this.identity = identity;
        this.zone = zone;
        this.clock = clock;
        this.windowFactory = windowFactory;
        this.folders = folders;
        this.requestCheck = requestCheck;
        this.onExit = onExit;
        this.messages = Messages.of(language);
        this.presenter = new TrayPresenter(zone, clock, host.tooltipLimit());
        this.taskbar = taskbar;
        refreshInputs();
        this.router = new ClickRouter(new Clicks(), System::currentTimeMillis, TrayApp::doubleClickMillis, NOTIFICATION_LIFE_MILLIS);
    }

    private static long doubleClickMillis() {
        Object interval = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        return interval instanceof Integer i ? i : 500;
    }

    /**
     * Draws the first icon and reads its words ahead of {@link #start()}, on the calling thread, while the
     * toolkit is still connecting to the display. Call before {@code start}, never after.
     */
    public void prepareIcon() {
        presenter.look(backend.current(), messages, inputs);
    }

    /** Puts the icon in the tray (event thread); the first check is up to the scheduler. */
    public void start() throws TrayUnavailableException {
        requireEdt();
        state = backend.current();
        windows = windowFactory.apply(messages);
        PresenterLook look = present();
        host.install(look.image, look.tooltip, router);
        backend.addListener(this);
        backend.addChangeListener(changed -> SwingUtilities.invokeLater(() -> show(backend.current())));
        LOG.info("Tray icon added (" + (identity.demo() ? "demo mode" : "this PC") + ", version " + identity.version() + ")");
        if (Boolean.getBoolean("kmstray.startupMarker")) {
            System.out.println("kmstray: tray icon added");
            System.out.flush();
        }
    }

    // --- what the backend reports (its threads)

    @Override
    public void checked(AppState newState) {
        refreshInputs();
        Optional<Reminder> due = reminders.due(newState, clock.instant());
        due.ifPresent(r -> reminders.shown(r, clock.instant()));
        SwingUtilities.invokeLater(() -> {
            // The newest state: another change may have come in since this one was made.
            show(backend.current());
            due.ifPresent(this::remind);
        });
    }

    @Override
    public void renewalFinished(RenewalReport report, AppState newState) {
        LOG.info("Renewal finished: " + report.outcome() + (report.errors().isEmpty() ? "" : " " + report.errors()));
        refreshInputs();
        SwingUtilities.invokeLater(() -> {
            show(backend.current());
            outcome(report);
        });
    }

    // --- what the user asks for (event thread)

    /** Asks the scheduler for a check now; it runs on the scheduler's thread and comes back through {@link #checked}. */
    public void checkNow() {
        requestCheck.run();
    }

    /** Starts the renewal (or joins the running one); the outcome comes back through {@link #renewalFinished}. */
    public void renew() {
        if (!identity.canRenew()) {
            return;
        }
        reminderShowing = false;
        LOG.info("Renewal requested");
        backend.renew(RenewalRequest.configured());
    }

    public void remindTomorrow() {
        reminderShowing = false;
        work.execute(() -> reminders.snoozeUntilTomorrow(clock.instant()));
        LOG.info("Reminders put off until tomorrow");
    }

    /** Checks the VPN client setting and starts it, both off the event thread: the path may be on a slow network drive. */
    public void openVpnClient() {
        Messages m = messages;
        work.execute(() -> {
            String configured = settings.get(SettingKeys.VPN_CLIENT);
            try {
                opener.open(ExternalOpener.vpnClient(configured));
            } catch (ExternalOpener.VpnClientRefused e) {
                LOG.info("The VPN client setting is not used: " + e.getMessage());
                SwingUtilities.invokeLater(() -> notifyUser(m.get("renewal.notice.vpn.title"),
                        m.get(e.problem().messageKey(), configured.trim()), NotificationKind.WARNING, null));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The VPN client could not be started", e);
                SwingUtilities.invokeLater(() -> notifyUser(m.get("renewal.notice.vpn.title"),
                        m.get("tray.error.vpnClient.failed", configured), NotificationKind.ERROR, null));
            }
        });
    }

    /** The settings dialog; a saved change of language or warning days shows at once. */
    public void showSettings() {
        requireEdt();
        windows.showSettings(this::settingsSaved);
    }

    private void settingsSaved() {
        work.execute(() -> {
            refreshInputs();
            Language chosen = Language.fromTag(settings.get(SettingKeys.LANGUAGE))
                    .orElseGet(() -> Language.forLocale(java.util.Locale.getDefault()));
            SwingUtilities.invokeLater(() -> {
                if (exiting) {
                    return;
                }
                if (chosen != messages.language()) {
                    switchLanguage(chosen);
                } else {
                    show(state);
                }
            });
        });
    }

    public void showStatus() {
        requireEdt();
        windows.showStatus(state);
    }

    /** Switches the language and saves the choice (off the event thread). */
    public void setLanguage(Language language) {
        requireEdt();
        if (language == messages.language()) {
            return;
        }
        work.execute(() -> {
            try {
                settings.set(SettingKeys.LANGUAGE, language.tag());
            } catch (InvalidValueException | RuntimeException e) {
                LOG.warning("The language could not be saved: " + e.getMessage());
            }
        });
        switchLanguage(language);
    }

    private void switchLanguage(Language language) {
        boolean statusWasShowing = windows.statusShowing();
        windows.dispose();
        menu.close();
        messages = Messages.of(language);
        windows = windowFactory.apply(messages);
        show(state);
        if (statusWasShowing) {
            windows.showStatus(state);
        }
        LOG.info("Language switched to " + language.tag());
    }

    public void exit() {
        requireEdt();
        if (exiting) {
            return;
        }
        exiting = true;
        LOG.info("Exit");
        menu.close();
        windows.dispose();
        host.remove();
        // A language or a snooze chosen just before Exit is still being saved: let it finish, off the event thread.
        work.shutdown();
        Thread last = new Thread(() -> {
            try {
                if (!work.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("Exit: a setting was still being saved after " + EXIT_WAIT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            onExit.run();
        }, "kmstray-exit");
        last.start();
    }

    // --- for tests and the end-to-end run

    /** The click routing the tray icon reports to, e.g. to click a notification. */
    public ClickRouter clicks() {
        return router;
    }

    public Messages messages() {
        return messages;
    }

    public AppWindows windows() {
        return windows;
    }

    public AppState state() {
        return state;
    }

    public MenuModel menuModel() {
        return MenuModel.build(new MenuContext(identity.canRenew(), state != null && state.renewing(),
                vpnOffered, reminderShowing, messages.language()), messages);
    }

    // --- inside

    private void show(AppState newState) {
        state = newState;
        PresenterLook look = present();
        host.update(look.image, look.tooltip);
        if (reminderShowing && !REMINDING.contains(look.state)) {
            // Renewed, or no longer readable: there is nothing left to put off until tomorrow.
            reminderShowing = false;
        }
        windows.updateStatus(newState);
    }

    /** The tray states a reminder can be about. */
    private static final java.util.Set<TrayState> REMINDING = java.util.EnumSet.of(TrayState.WARNING, TrayState.CRITICAL,
            TrayState.EXPIRED);

    private record PresenterLook(java.awt.Image image, String tooltip, TrayState state) {
    }

    private PresenterLook present() {
        TrayPresenter.Look look = presenter.look(state, messages, inputs);
        return new PresenterLook(look.image(), look.status().tooltip(), look.status().state());
    }

    /** Never on the event thread. */
    private void refreshInputs() {
        inputs = new TrayPresenter.Inputs(taskbar.get(), settings.get(SettingKeys.WARN_DAYS));
        settingsWarnings = !settings.warnings().isEmpty();
    }

    /** Whether saved settings could not be used, as last read off the event thread, for the status window. */
    public boolean settingsNeedAttention() {
        return settingsWarnings;
    }

    /** The {@code warn.days} setting as last read off the event thread, for the status window. */
    public int warnDays() {
        return inputs.warnDays();
    }

    private void remind(Reminder r) {
        reminderShowing = true;
        String text = identity.canRenew()
                ? messages.get("tray.notify.reminder.withHint", r.text(messages, zone), messages.get("tray.notify.reminder.clickHint"))
                : r.text(messages, zone);
        LOG.info("Reminder shown: tier " + r.tier() + (r.expired() ? ", expired" : ", " + r.daysLeft() + " days left"));
        notifyUser(r.title(messages, zone), text, r.expired() || r.daysLeft() <= 7 ? NotificationKind.WARNING : NotificationKind.INFO,
                identity.canRenew() ? this::renew : null);
    }

    private void outcome(RenewalReport report) {
        vpnOffered = report.outcome() == RenewalOutcome.VPN_REQUIRED && !report.vpnClient().isEmpty();
        Optional<RenewalNotification> n = RenewalMessages.notificationFor(report, messages, zone);
        n.ifPresent(x -> notifyUser(x.title(), x.text(), NotificationKind.valueOf(x.kind().name()), null));
    }

    private void notifyUser(String title, String text, NotificationKind kind, Runnable onClick) {
        router.notificationShown(onClick);
        host.notify(title, text, kind);
    }

    private void onCommand(MenuCommand command) {
        switch (command) {
            case STATUS -> showStatus();
            case RENEW -> renew();
            case CHECK -> checkNow();
            case OPEN_VPN_CLIENT -> openVpnClient();
            case REMIND_TOMORROW -> remindTomorrow();
            case SETTINGS -> showSettings();
            case LANGUAGE_ENGLISH -> setLanguage(Language.ENGLISH);
            case LANGUAGE_CHINESE -> setLanguage(Language.TRADITIONAL_CHINESE);
            case OPEN_LOG_FOLDER -> openLogFolder();
            case ABOUT -> windows.showAbout();
            case EXIT -> exit();
        }
    }

    private void openLogFolder() {
        Messages m = messages;
        work.execute(() -> {
            try {
                opener.openFolder(folders.logs());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The log folder could not be opened", e);
                SwingUtilities.invokeLater(() -> notifyUser(m.get("tray.menu.openLogFolder"),
                        m.get("tray.error.openFolder", folders.logs()), NotificationKind.ERROR, null));
            }
        });
    }

    private final class Clicks implements ClickRouter.Actions {
        @Override
        public void openStatus() {
            showStatus();
        }

        @Override
        public void openMenu(Point screen) {
            windows.prepare();
            menu.show(menuModel(), screen, TrayApp.this::onCommand);
        }

        @Override
        public void notificationClicked(Runnable onClick) {
            onClick.run();
        }
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("not on the event thread");
        }
    }
}
