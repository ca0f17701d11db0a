package org.kmstray.ui.status;

/** How urgent a product's state is, for the colour of its days left. */
public enum Severity {
    OK,
    /** Within the warning days. */
    WARNING,
    /** A week or less. */
    CRITICAL,
    /** Run out, or not activated. */
    EXPIRED,
    /** Not a KMS client, or the remaining time is not known. */
    NEUTRAL;

    static final int CRITICAL_DAYS = 7;

    static Severity of(int daysLeft, long remainingMinutes, int warnDays) {
        if (remainingMinutes <= 0) {
            return EXPIRED;
        }
        if (daysLeft <= CRITICAL_DAYS) {
            return CRITICAL;
        }
        return daysLeft <= warnDays ? WARNING : OK;
    }
}
