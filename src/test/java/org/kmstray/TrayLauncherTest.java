package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.app.AppFolders;
import org.kmstray.ui.app.SingleInstance;
import org.kmstray.ui.tray.TrayUnavailableException;
import org.kmstray.ui.tray.TrayUnavailableException.Reason;

/** Starting the tray app up to the point where it would need a tray: every way it stops early, with its exit code. */
class TrayLauncherTest {
    @TempDir
    Path dir;

    private final InMemoryPreferences prefs = new InMemoryPreferences();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void closeTheLogFiles() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
    }

    private int start(TrayLauncher.TrayCheck check, String... args) {
        AppEnvironment env = new AppEnvironment(Clock.systemUTC(), () -> prefs, () -> TrayAppEndToEndTest.HOME);
        return TrayLauncher.start(env, List.of(args), new AppFolders(dir, dir.resolve("logs")), check,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static TrayLauncher.TrayCheck none(Reason reason) {
        return () -> {
            throw new TrayUnavailableException(reason, "test");
        };
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class WithoutADesktop {
        @Test
        void itSaysThereIsNoDisplayAndExitsWithFiveWithoutAStackTrace() {
            assertEquals(5, start(none(Reason.NO_DISPLAY), "--lang", "en"));
            assertTrue(err().startsWith("KMS Tray needs a desktop to show its icon"), err());
            assertFalse(err().contains("Exception") || err().contains("\tat "), err());
        }

        @Test
        void withoutANotificationAreaItSaysSoInChinese() {
            assertEquals(5, start(none(Reason.NO_TRAY), "--lang", "zh-TW"));
            assertTrue(err().contains("找不到通知區域"), err());
        }

        @Test
        void itLogsWhyInTheLogFolder() throws Exception {
            start(none(Reason.NO_TRAY), "--lang", "en");
            closeTheLogFiles();
            String log = Files.readString(dir.resolve("logs").resolve("kms-tray-0.log"));
            assertTrue(log.contains("No tray: NO_TRAY"), log);
        }

        @Test
        void itGivesTheInstanceLockBackSoTheNextStartIsFirst() throws Exception {
            start(none(Reason.NO_TRAY));
            SingleInstance.Claim claim = SingleInstance.claim(dir, () -> { });
            assertInstanceOf(SingleInstance.First.class, claim);
            ((SingleInstance.First) claim).instance().close();
        }
    }

    @Nested
    class WithAWrongCommandLine {
        @Test
        void anUnknownOptionExitsWithThree() {
            assertEquals(3, start(none(Reason.NO_TRAY), "--dmeo"));
            assertTrue(err().contains("--dmeo"), err());
        }

        @Test
        void anUnknownLanguageExitsWithThree() {
            assertEquals(3, start(none(Reason.NO_TRAY), "--lang", "fr"));
        }
    }

    @Nested
    class StartedAtLogin {
        @Test
        void withStartAtLoginTurnedOffItExitsAtOnceAndQuietly() {
            prefs.put("autostart", "false");
            assertEquals(0, start(none(Reason.NO_TRAY), "--autostart"));
            assertEquals("", out.toString(StandardCharsets.UTF_8) + err());
        }

        @Test
        void withStartAtLoginOnItGoesOnToLookForTheTray() {
            assertEquals(5, start(none(Reason.NO_TRAY), "--autostart"));
        }
    }

    @Nested
    class WhenTheAppRunsAlready {
        @Test
        void aSecondStartBringsUpTheRunningStatusWindowAndExitsWithZero() throws Exception {
            CountDownLatch shown = new CountDownLatch(1);
            SingleInstance.First running = (SingleInstance.First) SingleInstance.claim(dir, shown::countDown);
            try (SingleInstance instance = running.instance()) {
                assertEquals(0, start(none(Reason.NO_TRAY), "--lang", "en"));
                assertTrue(shown.await(5, TimeUnit.SECONDS));
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("already running"), out.toString(StandardCharsets.UTF_8));
            }
        }

        @Test
        void aSecondStartLeavesNoLogFileBehind() throws Exception {
            SingleInstance.First running = (SingleInstance.First) SingleInstance.claim(dir, () -> { });
            try (SingleInstance instance = running.instance()) {
                assertEquals(0, start(() -> {
                    throw new AssertionError("must not look for a tray");
                }, "--autostart"));
            }
            closeTheLogFiles();
            assertFalse(Files.exists(dir.resolve("logs")), "the running instance's log folder is its own");
        }
    }
}
