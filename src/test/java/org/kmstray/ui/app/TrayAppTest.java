package org.kmstray.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Image;
import java.awt.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;
import org.kmstray.platform.demo.DemoLicenseState;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.reminder.ReminderPolicy;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.testing.EdtWatchingPreferences;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.icons.TaskbarTone;
import org.kmstray.ui.tray.ClickRouter;
import org.kmstray.ui.tray.MenuCommand;
import org.kmstray.ui.tray.TrayEvents;
import org.kmstray.ui.tray.TrayHost;
import org.kmstray.ui.tray.TrayMouse;

/** The tray app's behaviour against a fake tray, fake windows and a fake backend: no display needed. */
class TrayAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private final Settings settings = new Settings(new InMemoryPreferences(), OrganisationPolicy.NONE);
    private final FakeBackend backend = new FakeBackend();
    private final FakeHost host = new FakeHost();
    private final List<String> windowCalls = new CopyOnWriteArrayList<>();
    private final List<String> exits = new CopyOnWriteArrayList<>();
    private final List<String> checks = new CopyOnWriteArrayList<>();
    private TrayApp app;

    @BeforeEach
    void start() {
        app = new TrayApp(backend, host, settings, ReminderPolicy.from(settings, ZONE), new TrayApp.Identity("1.0", true, true), ZONE,
                CLOCK, Language.ENGLISH, () -> TaskbarTone.DARK, m -> new FakeWindows(m, windowCalls), new AppFolders(Path.of("/tmp/x"),
                        Path.of("/tmp/x/logs")), () -> checks.add("check"), () -> exits.add("exit"));
        onEdt(() -> {
            try {
                app.start();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static AppState demo(int days) {
        LicenseSnapshot s = (LicenseSnapshot) new DemoLicenseState(CLOCK, days).read();
        return new AppState(s, Optional.of(s), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CLOCK.instant()),
                false, true);
    }

    private void checked(AppState state) {
        backend.state = state;
        app.checked(state);
        flush();
    }

    private void finished(RenewalOutcome outcome, String vpnClient) {
        AppState after = backend.state;
        RenewalReport report = new RenewalReport(outcome, null, null, List.of(), List.of(), after.current(), vpnClient, null);
        app.renewalFinished(report, after);
        flush();
    }

    private List<MenuCommand> menu() {
        return onEdt(() -> app.menuModel().items().stream().map(i -> i.command()).toList());
    }

    @Test
    void tellsTheStatusWindowWhenSavedSettingsCouldNotBeUsedAndWhenThatIsOver() {
        InMemoryPreferences prefs = new InMemoryPreferences();
        prefs.put(SettingKeys.KMS_PORT.key(), "99999");
        Settings broken = new Settings(prefs, OrganisationPolicy.NONE);
        TrayApp other = new TrayApp(backend, host, broken, ReminderPolicy.from(broken, ZONE), new TrayApp.Identity("1.0", true, true),
                ZONE, CLOCK, Language.ENGLISH, () -> TaskbarTone.DARK, m -> new FakeWindows(m, windowCalls),
                new AppFolders(Path.of("/tmp/x"), Path.of("/tmp/x/logs")), () -> checks.add("check"), () -> exits.add("exit"));
        assertTrue(other.settingsNeedAttention());

        prefs.remove(SettingKeys.KMS_PORT.key());
        other.checked(demo(12));
        assertFalse(other.settingsNeedAttention());
    }

    @Nested
    class AtStart {
        @Test
        void theIconGoesInWithTheStateBeforeTheFirstCheck() {
            assertEquals(1, host.installs);
            assertEquals("Demo: Checking the activation…", host.tooltip);
        }
    }

    @Nested
    class AfterACheck {
        @Test
        void theTooltipNamesTheProductAndTheDaysLeft() {
            checked(demo(12));
            assertTrue(host.tooltip.startsWith("Demo: Office 2019 Professional Plus: 12 days left"), host.tooltip);
            assertTrue(windowCalls.contains("update"), windowCalls.toString());
        }

        @Test
        void aDueReminderIsShownOnceWithTheClickHint() {
            checked(demo(12));
            checked(demo(12));
            assertEquals(1, host.notifications.size(), host.notifications.toString());
            assertTrue(host.notifications.get(0).contains("Click here to renew now."), host.notifications.get(0));
            assertTrue(menu().contains(MenuCommand.REMIND_TOMORROW));
        }

        @Test
        void clickingTheReminderRenews() {
            checked(demo(12));
            onEdt(() -> host.events.action());
            assertEquals(1, backend.renewals.size());
            assertFalse(menu().contains(MenuCommand.REMIND_TOMORROW));
        }

        @Test
        void aDoubleClickOnTheIconOpensTheStatusWindowInsteadOfRenewing() {
            checked(demo(12));
            onEdt(() -> {
                for (int count = 1; count <= 2; count++) {
                    host.events.mouse(new TrayMouse(TrayMouse.Kind.PRESSED, 1, count, false, new Point(5, 5)));
                    host.events.mouse(new TrayMouse(TrayMouse.Kind.CLICKED, 1, count, false, new Point(5, 5)));
                }
                host.events.action();
            });
            assertEquals(0, backend.renewals.size());
            assertTrue(windowCalls.contains("showStatus"), windowCalls.toString());
        }

        @Test
        void theOfferToRemindTomorrowGoesOnceTheActivationIsFine() {
            checked(demo(12));
            assertTrue(menu().contains(MenuCommand.REMIND_TOMORROW));
            checked(demo(180));
            assertFalse(menu().contains(MenuCommand.REMIND_TOMORROW));
        }

        @Test
        void theOfferToRemindTomorrowGoesWhenTheStateCannotBeRead() {
            checked(demo(12));
            checked(new AppState(new Unreadable("wmi", "tray.tooltip.unreadable", new Object[0]), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(CLOCK.instant()), false, true));
            assertFalse(menu().contains(MenuCommand.REMIND_TOMORROW));
        }

        @Test
        void remindMeTomorrowTakesTheOfferAway() {
            checked(demo(12));
            onEdt(app::remindTomorrow);
            assertFalse(menu().contains(MenuCommand.REMIND_TOMORROW));
        }

        @Test
        void anUnreadableStateShowsNoReminder() {
            checked(new AppState(new Unreadable("wmi", "tray.tooltip.unreadable", new Object[0]), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(CLOCK.instant()), false, true));
            assertEquals(List.of(), host.notifications);
        }
    }

    @Nested
    class AfterARenewal {
        @Test
        void needingTheVpnSaysSoAndOffersTheVpnClientUntilARenewalSucceeds() {
            checked(demo(12));
            finished(RenewalOutcome.VPN_REQUIRED, "https://vpn.example.edu.tw/");
            assertTrue(host.notifications.get(1).startsWith(Messages.of(Language.ENGLISH).get("renewal.notice.vpn.title")),
                    host.notifications.toString());
            assertEquals(TrayHost.NotificationKind.WARNING, host.kinds.get(1));
            assertTrue(menu().contains(MenuCommand.OPEN_VPN_CLIENT));

            finished(RenewalOutcome.RENEWED, "");
            assertFalse(menu().contains(MenuCommand.OPEN_VPN_CLIENT));
        }

        @Test
        void withoutAConfiguredVpnClientNothingIsOfferedToOpen() {
            checked(demo(12));
            finished(RenewalOutcome.VPN_REQUIRED, "");
            assertFalse(menu().contains(MenuCommand.OPEN_VPN_CLIENT));
        }

        @Test
        void aCancelledRenewalStaysQuiet() {
            checked(demo(12));
            finished(RenewalOutcome.CANCELLED, "");
            assertEquals(1, host.notifications.size(), host.notifications.toString());
        }
    }

    @Nested
    class AReminderClick {
        /** Enter or Space on the focused tray icon sends the same action event as a click on the notification. */
        @Test
        void expiresSoThatAKeyboardSelectionOfTheIconHalfAMinuteLaterOpensTheStatusInsteadOfRenewing() {
            long[] now = {1_000_000};
            List<String> done = new ArrayList<>();
            ClickRouter router = new ClickRouter(new ClickRouter.Actions() {
                @Override
                public void openStatus() {
                    done.add("status");
                }

                @Override
                public void openMenu(Point screen) {
                    done.add("menu");
                }

                @Override
                public void notificationClicked(Runnable onClick) {
                    onClick.run();
                }
            }, () -> now[0], () -> 500, TrayApp.NOTIFICATION_LIFE_MILLIS);
            router.notificationShown(() -> done.add("renew"));
            now[0] += 30_000;
            router.action();
            assertEquals(List.of("status"), done);
        }
    }

    @Nested
    class OnTheEventThread {
        @Test
        void nothingReadsTheSettingsOrTheRegistry() throws Exception {
            EdtWatchingPreferences prefs = new EdtWatchingPreferences();
            Settings watched = new Settings(prefs, OrganisationPolicy.NONE);
            List<String> toneReadOnEdt = new CopyOnWriteArrayList<>();
            TrayApp watchedApp = new TrayApp(backend, host, watched, ReminderPolicy.from(watched, ZONE),
                    new TrayApp.Identity("1.0", true, true), ZONE, CLOCK, Language.ENGLISH, () -> {
                        if (SwingUtilities.isEventDispatchThread()) {
                            toneReadOnEdt.add("taskbar tone");
                        }
                        return TaskbarTone.LIGHT;
                    }, m -> new FakeWindows(m, windowCalls), new AppFolders(Path.of("/tmp/x"), Path.of("/tmp/x/logs")),
                    () -> { }, () -> { });
            onEdt(() -> {
                try {
                    watchedApp.start();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            backend.state = demo(12);
            watchedApp.checked(backend.state);
            flush();
            onEdt(watchedApp::showStatus);
            onEdt(watchedApp::openVpnClient);
            waitFor(() -> host.notifications.size() >= 2);
            long updates = windowCalls.stream().filter("update"::equals).count();
            onEdt(watchedApp::showSettings);
            waitFor(() -> windowCalls.stream().filter("update"::equals).count() > updates);
            onEdt(watchedApp::remindTomorrow);
            onEdt(() -> watchedApp.menuModel());

            assertEquals(List.of(), prefs.usedOnEdt());
            assertEquals(List.of(), toneReadOnEdt);
            assertTrue(host.notifications.get(1).contains("No VPN client is set"), host.notifications.toString());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !onEdt(condition::getAsBoolean); i++) {
            Thread.sleep(20);
        }
        assertTrue(onEdt(condition::getAsBoolean), "waited 10 seconds");
    }

    @Nested
    class OpeningTheVpnClient {
        @Test
        void aMissingProgramIsNamedInOneChineseSentence() throws Exception {
            settings.set(SettingKeys.VPN_CLIENT, "/opt/no-such-vpn/vpn.exe");
            onEdt(() -> app.setLanguage(Language.TRADITIONAL_CHINESE));
            onEdt(app::openVpnClient);
            String shown = waitForNotification();
            assertEquals("無法啟動 VPN 用戶端「/opt/no-such-vpn/vpn.exe」：找不到這個檔案，可能已被移除或搬移。",
                    shown.substring(shown.indexOf('|') + 1));
        }
    }

    /** The newest notification, once one has come (some are posted from a background thread). */
    private String waitForNotification() throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            String last = onEdt(() -> host.notifications.isEmpty() ? null : host.notifications.get(host.notifications.size() - 1));
            if (last != null) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no notification");
    }

    @Nested
    class SwitchingTheLanguage {
        @Test
        void remakesTheWindowsAndTheTooltipInChineseAndSavesTheChoice() throws Exception {
            checked(demo(12));
            onEdt(app::showStatus);
            onEdt(() -> app.setLanguage(Language.TRADITIONAL_CHINESE));
            assertTrue(windowCalls.contains("dispose en"), windowCalls.toString());
            assertTrue(windowCalls.contains("new zh-TW"), windowCalls.toString());
            assertEquals("showStatus", windowCalls.get(windowCalls.size() - 1), "the status window comes back in the new language");
            assertTrue(host.tooltip.startsWith("示範模式：Office 2019 專業增強版：剩 12 天"), host.tooltip);
            for (int i = 0; i < 500 && !"zh-TW".equals(settings.get(SettingKeys.LANGUAGE)); i++) {
                Thread.sleep(20);
            }
            assertEquals("zh-TW", settings.get(SettingKeys.LANGUAGE));
            assertEquals(MenuCommand.LANGUAGE_CHINESE, onEdt(() -> app.menuModel().items().stream()
                    .filter(i -> Boolean.TRUE.equals(i.checked())).findFirst().orElseThrow().command()));
        }
    }

    @Nested
    class FromTheMenu {
        @Test
        void checkNowAsksTheScheduler() {
            onEdt(app::checkNow);
            assertEquals(List.of("check"), checks);
        }

        @Test
        void exitRemovesTheIconClosesTheWindowsAndEndsTheApp() throws Exception {
            onEdt(app::exit);
            assertEquals(1, host.removes);
            assertTrue(windowCalls.contains("dispose en"));
            waitFor(() -> !exits.isEmpty());
            assertEquals(List.of("exit"), exits);
        }

        @Test
        void exitLetsALanguageAndASnoozeChosenJustBeforeBeSaved() throws Exception {
            EdtWatchingPreferences prefs = new EdtWatchingPreferences();
            CountDownLatch slowStore = new CountDownLatch(1);
            prefs.holdWritesOf(SettingKeys.REMINDER_STATE.key(), slowStore);
            Settings stored = new Settings(prefs, OrganisationPolicy.NONE);
            List<String> ended = new CopyOnWriteArrayList<>();
            TrayApp quitting = new TrayApp(backend, host, stored, ReminderPolicy.from(stored, ZONE), new TrayApp.Identity("1.0", true, true),
                    ZONE, CLOCK, Language.ENGLISH, () -> TaskbarTone.DARK, m -> new FakeWindows(m, windowCalls),
                    new AppFolders(Path.of("/tmp/x"), Path.of("/tmp/x/logs")), () -> { }, () -> ended.add("exit"));
            onEdt(() -> {
                try {
                    quitting.start();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            onEdt(quitting::remindTomorrow);
            onEdt(() -> quitting.setLanguage(Language.TRADITIONAL_CHINESE));
            onEdt(quitting::exit);
            slowStore.countDown();
            waitFor(() -> !ended.isEmpty());
            assertEquals("zh-TW", stored.get(SettingKeys.LANGUAGE));
            assertTrue(stored.userText(SettingKeys.REMINDER_STATE).isPresent());
        }
    }

    private static void flush() {
        onEdt(() -> { });
    }

    private static void onEdt(Runnable r) {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> c) {
        List<T> out = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    out.add(c.call());
                } catch (Throwable t) {
                    failed.add(t);
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.get(0));
        }
        return out.get(0);
    }

    static final class FakeBackend implements TrayBackend {
        volatile AppState state = new AppState(new Unreadable("monitor", "tray.state.notChecked", null), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
        final List<RenewalRequest> renewals = new CopyOnWriteArrayList<>();

        @Override
        public AppState current() {
            return state;
        }

        @Override
        public AppState check() {
            return state;
        }

        @Override
        public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
            renewals.add(request);
            return new CompletableFuture<>();
        }

        @Override
        public void addListener(AppStateListener listener) {
        }

        @Override
        public void addChangeListener(Consumer<AppState> listener) {
        }
    }

    static final class FakeHost implements TrayHost {
        int installs;
        int removes;
        String tooltip;
        TrayEvents events;
        final List<String> notifications = new ArrayList<>();
        final List<NotificationKind> kinds = new ArrayList<>();

        @Override
        public void install(Image image, String tooltip, TrayEvents events) {
            installs++;
            this.tooltip = tooltip;
            this.events = events;
        }

        @Override
        public void update(Image image, String tooltip) {
            this.tooltip = tooltip;
        }

        @Override
        public void notify(String title, String text, NotificationKind kind) {
            notifications.add(title + "|" + text);
            kinds.add(kind);
        }

        @Override
        public void remove() {
            removes++;
        }
    }

    static final class FakeWindows implements AppWindows {
        private final String tag;
        private final List<String> calls;
        private boolean showing;

        FakeWindows(Messages m, List<String> calls) {
            this.tag = m.language().tag();
            this.calls = calls;
            calls.add("new " + tag);
        }

        @Override
        public void prepare() {
        }

        @Override
        public void showStatus(AppState state) {
            showing = true;
            calls.add("showStatus");
        }

        @Override
        public void updateStatus(AppState state) {
            calls.add("update");
        }

        @Override
        public boolean statusShowing() {
            return showing;
        }

        /** As if the user saved at once. */
        @Override
        public void showSettings(Runnable afterSave) {
            calls.add("settings");
            afterSave.run();
        }

        @Override
        public void showAbout() {
            calls.add("about");
        }

        @Override
        public void dispose() {
            showing = false;
            calls.add("dispose " + tag);
        }
    }
}
