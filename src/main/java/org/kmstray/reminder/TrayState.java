package org.kmstray.reminder;

/** What the tray icon shows, from the most to the least reassuring. */
public enum TrayState {
    /** Every KMS client product has more than the warning days left. */
    OK,
    /** A KMS client product has the warning days ({@code warn.days}) or fewer left. */
    WARNING,
    /** A KMS client product has 7 days or fewer left. */
    CRITICAL,
    /** A KMS client product is not activated: run out, unlicensed, in a grace period or in notification mode. */
    EXPIRED,
    /** The license state could not be read; the last good reading is shown with its age. */
    UNKNOWN,
    /** A renewal is running. */
    RENEWING
}
