package org.kmstray.ui.status;

/**
 * What the status window's buttons ask the app to do. Called on the Swing event thread: each method
 * must hand its work to a background thread and return at once. The window learns the result from
 * the next {@link StatusWindow#update} call.
 */
public interface StatusActions {
    void renew();

    void checkNow();

    /** Start the VPN client the organisation configured (shown only after a VPN_REQUIRED outcome). */
    void openVpnClient();

    void remindTomorrow();
}
