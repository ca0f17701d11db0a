package org.kmstray.ui.app;

import org.kmstray.reminder.AppState;

/** The app's windows in one language; a language switch replaces them. Event thread only. */
public interface AppWindows {
    void showStatus(AppState state);

    /** Gives the status window the new state whether it shows or not. */
    void updateStatus(AppState state);

    boolean statusShowing();

    void showSettings();

    void showAbout();

    void dispose();
}
