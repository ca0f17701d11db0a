package org.kmstray.ui.app;

import java.awt.Image;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.TrayState;
import org.kmstray.reminder.TrayStatus;
import org.kmstray.reminder.TrayStatusCalculator;
import org.kmstray.ui.icons.TaskbarTone;
import org.kmstray.ui.icons.TrayIconRenderer;

/** Turns the app state into the icon and tooltip, drawing the icon again only when it changes. */
final class TrayPresenter {
    private final TrayIconRenderer renderer = new TrayIconRenderer();
    private final Supplier<TaskbarTone> taskbar;
    private final Supplier<Integer> warnDays;
    private final ZoneId zone;
    private final Clock clock;

    private Key drawn;
    private Image image;

    TrayPresenter(Supplier<TaskbarTone> taskbar, Supplier<Integer> warnDays, ZoneId zone, Clock clock) {
        this.taskbar = taskbar;
        this.warnDays = warnDays;
        this.zone = zone;
        this.clock = clock;
    }

    /** What the icon shows for this state. */
    record Look(TrayStatus status, Image image) {
    }

    Look look(AppState state, Messages messages) {
        TrayStatus status = TrayStatusCalculator.calculate(state, warnDays.get(), messages, zone, clock.instant());
        Key key = new Key(status.state(), TrayIconRenderer.shownNumber(status.state(), status.daysLeft()), taskbar.get());
        if (!key.equals(drawn)) {
            image = renderer.render(key.state(), key.number(), key.tone());
            drawn = key;
        }
        return new Look(status, image);
    }

    private record Key(TrayState state, OptionalInt number, TaskbarTone tone) {
        Key {
            Objects.requireNonNull(state);
        }
    }
}
