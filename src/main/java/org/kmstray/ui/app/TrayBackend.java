package org.kmstray.ui.app;

import java.util.concurrent.CompletableFuture;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.AppStateListener;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;

/** The license side as the tray uses it: read, renew, and tell listeners (the license monitor). */
public interface TrayBackend {
    /** The latest state, without reading anything. */
    AppState current();

    /** Reads the state now. Blocks: call off the event thread. */
    AppState check();

    /** Starts a renewal or joins the running one; never completes exceptionally. */
    CompletableFuture<RenewalReport> renew(RenewalRequest request);

    void addListener(AppStateListener listener);
}
