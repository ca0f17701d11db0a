package org.kmstray.ui.app;

import java.awt.Image;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
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
    private final ZoneId zone;
    private final Clock clock;

    private Key drawn;
    private Image image;

    private final int tooltipLimit;

    TrayPresenter(ZoneId zone, Clock clock, int tooltipLimit) {
        this.zone = zone;
        this.clock = clock;
        this.tooltipLimit = tooltipLimit;
    }

    /**
     * What the presenter needs besides the state, read beforehand off the event thread: the taskbar's tone
     * (registry) and the {@code warn.days} setting (preferences).
     */
    record Inputs(TaskbarTone tone, int warnDays) {
        Inputs {
            Objects.requireNonNull(tone);
        }
    }

    /** What the icon shows for this state. */
    record Look(TrayStatus status, Image image) {
    }

    Look look(AppState state, Messages messages, Inputs inputs) {
        TrayStatus status = TrayStatusCalculator.calculate(state, inputs.warnDays(), messages, zone, clock.instant(), tooltipLimit);
        Key key = new Key(status.state(), TrayIconRenderer.shownNumber(status.state(), status.daysLeft()), inputs.tone());
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
