package org.kmstray.fleet;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.renewal.RenewalReport;

/**
 * Leaves a fleet signal for each finished check and renewal, throttled so a check every few hours does not
 * repeat itself more than once a day. Runs on the caller's background thread; a failing sink is logged,
 * never passed on to the tray.
 */
public final class FleetReporter implements AppStateListener {
    private static final Logger LOG = Logger.getLogger(FleetReporter.class.getName());

    private final FleetSignalSink sink;
    private final SignalThrottle throttle;
    private final IntSupplier warnDays;

    /** @param warnDays the {@code warn.days} setting, read at each event so a changed setting applies at once */
    public FleetReporter(FleetSignalSink sink, SignalThrottle throttle, IntSupplier warnDays) {
        this.sink = sink;
        this.throttle = throttle;
        this.warnDays = warnDays;
    }

    @Override
    public void checked(AppState state) {
        send(FleetEvents.ofCheck(state, warnDays.getAsInt()));
    }

    @Override
    public void renewalFinished(RenewalReport report, AppState state) {
        send(FleetEvents.ofRenewal(report, warnDays.getAsInt()));
    }

    private void send(FleetEvent event) {
        if (!throttle.admit(event)) {
            return;
        }
        try {
            sink.report(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "fleet signal " + event.eventId() + " not recorded", e);
        }
    }
}
