package org.kmstray.reminder;

import org.kmstray.renewal.RenewalReport;

/** Told about each finished check and renewal, on a background thread, never the Swing event thread. */
public interface AppStateListener {
    void checked(AppState state);

    void renewalFinished(RenewalReport report, AppState state);
}
