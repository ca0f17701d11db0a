package org.kmstray.ui.app;

import org.kmstray.reminder.AppState;

/** The app's windows in one language; a language switch replaces them. Event thread only. */
public interface AppWindows {
    /**
     * Gets the look ready for a menu or window. Nothing of it is loaded before the user opens something, so
     * an app that only sits in the tray stays small.
     */
    void prepare();

    void showStatus(AppState state);

    /** Gives the status window the new state whether it shows or not. */
    void updateStatus(AppState state);

    boolean statusShowing();

    /**
     * Reads the settings off the event thread, then shows the settings dialog; returns at once. {@code afterSave}
     * runs on the event thread when the user saved.
     */
    void showSettings(Runnable afterSave);

    void showAbout();

    void dispose();
}
