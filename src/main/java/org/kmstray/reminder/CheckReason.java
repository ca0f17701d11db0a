package org.kmstray.reminder;

/** Why the license state is read now. */
public enum CheckReason {
    /** A few seconds after the app started. */
    STARTUP,
    /** The check interval ({@code check.interval.hours}) has passed since the last check. */
    INTERVAL,
    /** The wall clock jumped: the PC woke from sleep or its clock was set. */
    WAKE,
    /** The network adapters or their addresses changed (VPN connected, another Wi-Fi …). */
    NETWORK_CHANGE,
    /** The user asked ("Check now"). */
    USER
}
