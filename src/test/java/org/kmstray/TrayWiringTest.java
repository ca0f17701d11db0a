package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Image;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmstray.fleet.FleetEvent;
import org.kmstray.fleet.FleetSignal;
import org.kmstray.i18n.Language;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;
import org.kmstray.ui.app.AppFolders;
import org.kmstray.ui.tray.TrayEvents;
import org.kmstray.ui.tray.TrayHost;

/** The tray app's parts as the launcher wires them, without a display. */
class TrayWiringTest {
    @TempDir
    Path dir;

    @Test
    void aCheckOfTheDemoPcWithTwelveDaysLeftLeavesOneExpiringFleetSignal() {
        List<FleetEvent> events = new CopyOnWriteArrayList<>();
        List<Boolean> demoAsked = new CopyOnWriteArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);
        AppEnvironment env = new AppEnvironment(clock, InMemoryPreferences::new, () -> TrayAppEndToEndTest.HOME, demo -> {
            demoAsked.add(demo);
            return events::add;
        });
        Settings settings = env.settings(Optional.empty());
        TrayWiring wiring = new TrayWiring(env, settings, true, 12, Language.ENGLISH, new NoTray(), new AppFolders(dir, dir.resolve("logs")),
                Autostart.UNSUPPORTED, () -> { });

        wiring.backend().check();

        assertEquals(List.of(FleetSignal.CHECK_EXPIRING), events.stream().map(FleetEvent::signal).toList(), events.toString());
        assertEquals(1001, events.get(0).eventId());
        assertEquals(List.of(true), demoAsked, "demo mode must choose the demo sink, never the event log");
    }

    /** A tray that is never shown: the test drives the backend. */
    private static final class NoTray implements TrayHost {
        @Override
        public void install(Image image, String tooltip, TrayEvents events) {
        }

        @Override
        public void update(Image image, String tooltip) {
        }

        @Override
        public void notify(String title, String text, NotificationKind kind) {
        }

        @Override
        public void remove() {
        }
    }
}
