package org.kmstray.reminder;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

/**
 * After a renewal that needed the VPN, renews again by itself as soon as the PC is on the VPN or on campus,
 * so the user only has to connect. One retry per such outcome: the retry's own outcome decides whether to
 * wait again, and waiting always needs another network change, so it cannot loop.
 *
 * <p>As an {@link AppStateListener} it hears every renewal's outcome and the location of every check (the
 * scheduler checks after each network change).
 */
public final class VpnRetry implements AppStateListener {
    private static final Logger LOG = Logger.getLogger(VpnRetry.class.getName());

    private final Runnable retry;
    private final AtomicBoolean armed = new AtomicBoolean();

    /** @param retry starts a renewal; it must not block (the renewer runs it in the background) */
    public VpnRetry(Runnable retry) {
        this.retry = Objects.requireNonNull(retry);
    }

    /** A VPN-needed outcome arms the retry; any other outcome disarms it. */
    public void onOutcome(RenewalReport report) {
        armed.set(report != null && report.outcome() == RenewalOutcome.VPN_REQUIRED);
    }

    /** Retries once if armed and the PC can now reach the campus KMS host. */
    public void onNetworkChange(LocationReport location) {
        if (location == null || (location.location() != Location.ON_VPN && location.location() != Location.ON_CAMPUS)) {
            return;
        }
        if (armed.compareAndSet(true, false)) {
            try {
                retry.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "renewal retry could not start", e);
            }
        }
    }

    public boolean isArmed() {
        return armed.get();
    }

    /** The user dismissed the wait (or renews by hand). */
    public void disarm() {
        armed.set(false);
    }

    @Override
    public void checked(AppState state) {
        state.location().ifPresent(this::onNetworkChange);
    }

    @Override
    public void renewalFinished(RenewalReport report, AppState state) {
        onOutcome(report);
    }
}
