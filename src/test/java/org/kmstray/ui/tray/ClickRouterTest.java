package org.kmstray.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClickRouterTest {
    private final List<String> done = new ArrayList<>();
    private long now = 1_000_000;
    private final ClickRouter router = new ClickRouter(new ClickRouter.Actions() {
        @Override
        public void openStatus() {
            done.add("status");
        }

        @Override
        public void openMenu(Point screen) {
            done.add("menu at " + screen.x + "," + screen.y);
        }

        @Override
        public void notificationClicked(Runnable onClick) {
            done.add("notification");
            onClick.run();
        }
    }, () -> now, () -> 500, 60_000);

    private void mouse(TrayMouse.Kind kind, int button, int count, boolean trigger) {
        router.mouse(new TrayMouse(kind, button, count, trigger, new Point(1200, 10)));
    }

    private void leftClick(int count) {
        mouse(TrayMouse.Kind.PRESSED, 1, count, false);
        mouse(TrayMouse.Kind.RELEASED, 1, count, false);
        mouse(TrayMouse.Kind.CLICKED, 1, count, false);
    }

    @Nested
    class OnTheIcon {
        @Test
        void aLeftClickOpensTheStatusWindow() {
            leftClick(1);
            assertEquals(List.of("status"), done);
        }

        @Test
        void aDoubleClickOpensTheStatusWindowAndItsActionEventIsNotTakenForANotificationClick() {
            router.notificationShown(() -> done.add("renew"));
            now += 5_000;
            leftClick(1);
            now += 150;
            leftClick(2);
            router.action();
            assertEquals(List.of("status", "status"), done);
        }

        @Test
        void aRightClickOpensTheMenuAtThePointerOnceWhereverThePlatformReportsTheTrigger() {
            mouse(TrayMouse.Kind.PRESSED, 3, 1, true); // X11: trigger on press
            mouse(TrayMouse.Kind.RELEASED, 3, 1, false);
            mouse(TrayMouse.Kind.CLICKED, 3, 1, false);
            assertEquals(List.of("menu at 1200,10"), done);
        }

        @Test
        void aRightClickOnWindowsOpensTheMenuOnRelease() {
            mouse(TrayMouse.Kind.PRESSED, 3, 1, false);
            mouse(TrayMouse.Kind.RELEASED, 3, 1, true);
            mouse(TrayMouse.Kind.CLICKED, 3, 1, false);
            assertEquals(List.of("menu at 1200,10"), done);
        }

        @Test
        void twoRightClicksAMomentApartOpenTheMenuTwice() {
            mouse(TrayMouse.Kind.RELEASED, 3, 1, true);
            now += 2_000;
            mouse(TrayMouse.Kind.RELEASED, 3, 1, true);
            assertEquals(2, done.size());
        }
    }

    @Nested
    class OnANotification {
        @Test
        void aClickOnAReminderRunsItsAction() {
            router.notificationShown(() -> done.add("renew"));
            now += 4_000;
            router.action();
            assertEquals(List.of("notification", "renew"), done);
        }

        @Test
        void theActionRunsOnlyOnce() {
            router.notificationShown(() -> done.add("renew"));
            router.action();
            now += 5_000;
            router.action();
            assertEquals(List.of("notification", "renew", "status"), done);
        }

        @Test
        void aNotificationWithoutActionOpensTheStatusWindow() {
            router.notificationShown(() -> done.add("renew"));
            router.notificationShown(null);
            router.action();
            assertEquals(List.of("status"), done);
        }

        @Test
        void aClickLongAfterTheNotificationWentAwayOnlyOpensTheStatusWindow() {
            router.notificationShown(() -> done.add("renew"));
            now += 61_000;
            router.action();
            assertEquals(List.of("status"), done);
        }

        @Test
        void aNotificationClickSoonAfterAnOldIconClickStillCounts() {
            leftClick(1);
            now += 3_000;
            router.notificationShown(() -> done.add("renew"));
            now += 2_000;
            router.action();
            assertEquals(List.of("status", "notification", "renew"), done);
        }
    }
}
