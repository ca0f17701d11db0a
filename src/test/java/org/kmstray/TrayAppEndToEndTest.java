package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.reminder.AppState;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.WindowTests;
import org.kmstray.ui.app.AppFolders;
import org.kmstray.ui.app.SwingAppWindows;
import org.kmstray.ui.app.TrayApp;
import org.kmstray.ui.tray.AwtTrayHost;
import org.kmstray.ui.tray.MenuCommand;
import org.kmstray.ui.tray.TrayEvents;
import org.kmstray.ui.tray.TrayHost;
import org.kmstray.ui.tray.TrayMouse;
import org.kmstray.ui.tray.TrayUnavailableException;

/**
 * The tray app as {@code java -jar} wires it, in demo mode, with a real tray icon: under Xvfb with a tray host
 * (trayer) in CI. Skipped without one, unless {@code KMSTRAY_REQUIRE_TRAY=1} says it must run. Screenshots go to
 * {@code target/screenshots/}.
 */
class TrayAppEndToEndTest {
    /** One Ethernet adapter on a home network (made-up addresses): no campus network configured, so UNKNOWN. */
    static final NetworkSnapshot HOME = new NetworkSnapshot(List.of(new Adapter("eth0", "Intel(R) Ethernet Connection I219-LM",
            "Ethernet", 6, true, List.of(new Address("192.168.1.23", 24)))), List.of(), List.of());
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dir;

    private final InMemoryPreferences prefs = new InMemoryPreferences();
    private final RecordingHost host = new RecordingHost(new AwtTrayHost());
    private TrayWiring wiring;

    @BeforeEach
    void needsATray() {
        boolean required = "1".equals(System.getenv("KMSTRAY_REQUIRE_TRAY"));
        try {
            WindowTests.assumeDisplay();
            AwtTrayHost.requireTray();
        } catch (TrayUnavailableException e) {
            if (required) {
                throw new AssertionError("KMSTRAY_REQUIRE_TRAY=1 but there is no notification area: " + e.getMessage());
            }
            org.junit.jupiter.api.Assumptions.abort("no notification area; the tray tests run under Xvfb with trayer");
        }
    }

    @AfterEach
    void removeTheIcon() {
        if (wiring != null) {
            WindowTests.onEdt(() -> {
                wiring.app().windows().dispose();
                host.remove();
            });
        }
    }

    private TrayApp start(int kmsPort, Language language) throws Exception {
        // Time stands still, so the renewed 180 days are not 179 by the time they are read; it stands at the
        // real present, so the status window's "checked just now" is true.
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        AppEnvironment env = new AppEnvironment(clock, () -> prefs, () -> HOME);
        Settings settings = env.settings(Optional.empty());
        settings.set(SettingKeys.KMS_HOST, "127.0.0.1");
        settings.set(SettingKeys.KMS_PORT, String.valueOf(kmsPort));
        settings.set(SettingKeys.PROBE_TIMEOUT_MS, "1000");
        settings.set(SettingKeys.VPN_CLIENT, "https://vpn.example.edu.tw/");
        AppFolders folders = new AppFolders(dir, dir.resolve("logs"));
        wiring = new TrayWiring(env, settings, true, 12, language, host, folders, Autostart.UNSUPPORTED, () -> { });
        WindowTests.onEdt(() -> {
            try {
                wiring.app().start();
            } catch (TrayUnavailableException e) {
                throw new AssertionError(e);
            }
        });
        return wiring.app();
    }

    /** What the scheduler does a few seconds after start. */
    private AppState firstCheck(TrayApp app) {
        wiring.backend().check();
        WindowTests.flushEdt();
        return WindowTests.onEdt(app::state);
    }

    @Nested
    class InDemoMode {
        @Test
        void theIconIsInTheTrayWithTheDaysLeftInItsTooltip() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.ENGLISH);
            firstCheck(app);

            TrayIcon[] icons = WindowTests.onEdt(() -> SystemTray.getSystemTray().getTrayIcons());
            assertEquals(1, icons.length);
            String tooltip = icons[0].getToolTip();
            assertTrue(tooltip.startsWith("Demo: Office 2019 Professional Plus: 12 days left"), tooltip);
            assertTrue(tooltip.length() <= AwtTrayHost.TOOLTIP_LIMIT, tooltip);
            assertTrue(host.notifications.get(0).startsWith("Office 2019 Professional Plus: 12 days left|"), host.notifications.toString());
            screen("tray-reminder-en");
        }

        @Test
        void inChineseTheTooltipAndTheReminderAreChinese() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.TRADITIONAL_CHINESE);
            firstCheck(app);
            assertTrue(host.tooltip.startsWith("示範模式：Office 2019 專業增強版：剩 12 天"), host.tooltip);
            assertTrue(host.notifications.get(0).startsWith("Office 2019 專業增強版"), host.notifications.toString());
            String hint = Messages.of(Language.TRADITIONAL_CHINESE).get("tray.notify.reminder.clickHint");
            assertTrue(host.notifications.get(0).endsWith(hint), host.notifications.toString());
            screen("tray-reminder-zh-TW");
        }

        @Test
        void theMenuOpensInEnglishAndInChinese() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.ENGLISH);
            firstCheck(app);
            rightClickIcon(app);
            screen("tray-menu-en");
            WindowTests.onEdt(() -> app.setLanguage(Language.TRADITIONAL_CHINESE));
            rightClickIcon(app);
            screen("tray-menu-zh-TW");
            List<String> labels = WindowTests.onEdt(() -> app.menuModel().items().stream().map(i -> i.label()).toList());
            assertTrue(labels.contains("立即更新啟用"), labels.toString());
            WindowTests.onEdt(() -> app.setLanguage(Language.ENGLISH));
        }

        @Test
        void theStatusWindowRendersInBothLanguages() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.ENGLISH);
            firstCheck(app);
            WindowTests.onEdt(app::showStatus);
            WindowTests.flushEdt();
            SwingAppWindows windows = (SwingAppWindows) WindowTests.onEdt(app::windows);
            assertTrue(WindowTests.onEdt(() -> windows.status().frame().isShowing()));
            Path en = WindowTests.screenshot(windows.status().frame().getRootPane(), "status-en");

            WindowTests.onEdt(() -> app.setLanguage(Language.TRADITIONAL_CHINESE));
            WindowTests.flushEdt();
            SwingAppWindows zh = (SwingAppWindows) WindowTests.onEdt(app::windows);
            assertTrue(WindowTests.onEdt(() -> zh.status().frame().isShowing()), "the status window stays open across the switch");
            assertEquals(Messages.of(Language.TRADITIONAL_CHINESE).get("status.title"), WindowTests.onEdt(() -> zh.status().frame().getTitle()));
            Path chinese = WindowTests.screenshot(zh.status().frame().getRootPane(), "status-zh-TW");
            assertTrue(Files.size(en) > 0 && Files.size(chinese) > 0);
            WindowTests.onEdt(() -> app.setLanguage(Language.ENGLISH));
        }
    }

    @Nested
    class ClickingTheReminder {
        @Test
        void renewsAgainstTheLoopbackKmsHostAndTheDaysGoFrom12To180() throws Exception {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                TrayApp app = start(kms.port(), Language.ENGLISH);
                assertEquals(12, daysLeft(firstCheck(app)));
                assertTrue(host.notifications.get(0).endsWith(Messages.of(Language.ENGLISH).get("tray.notify.reminder.clickHint")),
                        host.notifications.toString());

                // The balloon's action event, as AWT delivers it: no click on the icon just before it.
                WindowTests.onEdt(() -> host.events.action());

                waitFor(() -> host.notifications.size() >= 2 && !WindowTests.onEdt(app::state).renewing());
                AppState after = WindowTests.onEdt(app::state);
                assertEquals(RenewalOutcome.RENEWED, after.lastRenewal().orElseThrow().outcome());
                assertEquals(180, daysLeft(after));
                assertTrue(host.tooltip.contains("180 days left"), host.tooltip);
                assertTrue(host.notifications.get(1).startsWith(Messages.of(Language.ENGLISH).get("renewal.notice.renewed.title") + "|"),
                        host.notifications.toString());
                assertTrue(kms.connections() >= 1);
                screen("tray-renewed-en");
            }
        }

        @Test
        void againstADeadPortTheVpnIsAskedForAndOpenVpnClientIsOffered() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.ENGLISH);
            firstCheck(app);

            WindowTests.onEdt(() -> host.events.action());

            waitFor(() -> host.notifications.size() >= 2 && !WindowTests.onEdt(app::state).renewing());
            AppState after = WindowTests.onEdt(app::state);
            assertEquals(RenewalOutcome.VPN_REQUIRED, after.lastRenewal().orElseThrow().outcome());
            assertEquals(12, daysLeft(after));
            List<MenuCommand> menu = WindowTests.onEdt(() -> app.menuModel().items().stream().map(i -> i.command()).toList());
            assertTrue(menu.contains(MenuCommand.OPEN_VPN_CLIENT), menu.toString());
            screen("tray-vpn-needed-en");
            WindowTests.onEdt(app::showStatus);
            WindowTests.flushEdt();
            SwingAppWindows windows = (SwingAppWindows) WindowTests.onEdt(app::windows);
            WindowTests.screenshot(windows.status().frame().getRootPane(), "status-vpn-needed-en");
        }

        @Test
        void aDoubleClickOnTheIconOpensTheStatusWindowAndRenewsNothing() throws Exception {
            TrayApp app = start(LoopbackKmsResponder.closedPort(), Language.ENGLISH);
            firstCheck(app);
            WindowTests.onEdt(() -> {
                for (int count = 1; count <= 2; count++) {
                    host.events.mouse(new TrayMouse(TrayMouse.Kind.PRESSED, 1, count, false, new java.awt.Point(1270, 12)));
                    host.events.mouse(new TrayMouse(TrayMouse.Kind.RELEASED, 1, count, false, new java.awt.Point(1270, 12)));
                    host.events.mouse(new TrayMouse(TrayMouse.Kind.CLICKED, 1, count, false, new java.awt.Point(1270, 12)));
                }
                host.events.action();
            });
            WindowTests.flushEdt();
            assertTrue(WindowTests.onEdt(() -> app.windows().statusShowing()));
            assertEquals(false, WindowTests.onEdt(app::state).renewing());
            assertEquals(1, host.notifications.size(), host.notifications.toString());
        }
    }

    private void rightClickIcon(TrayApp app) throws InterruptedException {
        WindowTests.onEdt(() -> host.events.mouse(new TrayMouse(TrayMouse.Kind.RELEASED, 3, 1, true, new java.awt.Point(1270, 12))));
        Thread.sleep(600);
        WindowTests.flushEdt();
    }

    private static int daysLeft(AppState state) {
        LicenseSnapshot s = (LicenseSnapshot) state.current();
        return s.kmsClients().stream().mapToInt(p -> p.daysLeft().orElseThrow()).min().orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the tray app did not get there within " + WAIT_MILLIS + " ms");
            }
            Thread.sleep(100);
        }
        WindowTests.flushEdt();
    }

    /** The whole screen, with the tray, the balloon and any menu, into target/screenshots. */
    private static void screen(String name) throws Exception {
        Thread.sleep(400);
        Rectangle all = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds();
        BufferedImage shot = new Robot().createScreenCapture(all);
        Path out = Path.of(System.getProperty("kmstray.project.dir", "."), "target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(shot, "png", out.resolve(name + ".png").toFile());
    }

    /** The real tray icon, with what the app showed on it recorded. */
    static final class RecordingHost implements TrayHost {
        private final TrayHost real;
        final List<String> notifications = new CopyOnWriteArrayList<>();
        volatile String tooltip = "";
        volatile TrayEvents events;

        RecordingHost(TrayHost real) {
            this.real = real;
        }

        @Override
        public void install(Image image, String tooltip, TrayEvents events) throws TrayUnavailableException {
            this.events = events;
            this.tooltip = tooltip;
            real.install(image, tooltip, events);
        }

        @Override
        public void update(Image image, String tooltip) {
            this.tooltip = tooltip;
            real.update(image, tooltip);
        }

        @Override
        public void notify(String title, String text, NotificationKind kind) {
            notifications.add(title + "|" + text);
            real.notify(title, text, kind);
        }

        @Override
        public void remove() {
            real.remove();
        }
    }
}
