package org.kmstray.fleet;

import org.kmstray.license.Verdict;
import org.kmstray.renewal.RenewalOutcome;

/**
 * The signals KMS Tray leaves in the Windows Application event log (source "KMS Tray") for Windows Event
 * Forwarding, a SIEM or Intune to collect. The IDs are a stable contract, documented in the admin guide.
 *
 * <p>Checks are {@code 1000 + } the exit code of {@code status}, so a collector can read an event the same
 * way as a detection script reads the exit code. Renewals are 2000 and up, one per renewal outcome.
 *
 * <pre>
 *   ID    level        meaning
 *   1000  Information  check: every KMS client product licensed with more than the warning days left
 *   1001  Warning      check: a KMS client product has the warning days or fewer left (expiring)
 *   1002  Error        check: a KMS client product is unlicensed, in grace or notification, or its activation failed (expired)
 *   1003  Warning      check: the license state could not be read
 *   1004  Information  check: no KMS client product on this PC
 *   2000  Information  renewal: renewed and verified
 *   2001  Error        renewal: failed (with the HRESULTs)
 *   2002  Warning      renewal: the KMS host did not answer and the PC is off campus: VPN required
 *   2003  Warning      renewal: the KMS host did not answer although the PC is on campus or on the VPN
 *   2004  Information  renewal: the user declined the administrator prompt
 *   2005  Error        renewal: activation reported success but the license did not change
 *   2006  Information  renewal: nothing the KMS host could renew
 * </pre>
 */
public enum FleetSignal {
    CHECK_OK(1000, Level.INFORMATION),
    CHECK_EXPIRING(1001, Level.WARNING),
    CHECK_EXPIRED(1002, Level.ERROR),
    CHECK_UNREADABLE(1003, Level.WARNING),
    CHECK_NO_KMS_PRODUCT(1004, Level.INFORMATION),
    RENEWED(2000, Level.INFORMATION),
    RENEWAL_FAILED(2001, Level.ERROR),
    RENEWAL_VPN_REQUIRED(2002, Level.WARNING),
    RENEWAL_KMS_UNREACHABLE(2003, Level.WARNING),
    RENEWAL_CANCELLED(2004, Level.INFORMATION),
    RENEWAL_NOT_VERIFIED(2005, Level.ERROR),
    RENEWAL_NOTHING_TO_RENEW(2006, Level.INFORMATION);

    /** The event log's three everyday levels. */
    public enum Level {
        INFORMATION,
        WARNING,
        ERROR
    }

    private final int eventId;
    private final Level level;

    FleetSignal(int eventId, Level level) {
        this.eventId = eventId;
        this.level = level;
    }

    public int eventId() {
        return eventId;
    }

    public Level level() {
        return level;
    }

    /** Whether this signal reports a check (1000s) rather than a renewal (2000s). */
    public boolean isCheck() {
        return eventId < 2000;
    }

    public static FleetSignal of(Verdict verdict) {
        return switch (verdict) {
            case OK -> CHECK_OK;
            case EXPIRING -> CHECK_EXPIRING;
            case PROBLEM -> CHECK_EXPIRED;
            case UNREADABLE -> CHECK_UNREADABLE;
            case NO_KMS_PRODUCT -> CHECK_NO_KMS_PRODUCT;
        };
    }

    public static FleetSignal of(RenewalOutcome outcome) {
        return switch (outcome) {
            case RENEWED -> RENEWED;
            case FAILED -> RENEWAL_FAILED;
            case VPN_REQUIRED -> RENEWAL_VPN_REQUIRED;
            case KMS_UNREACHABLE -> RENEWAL_KMS_UNREACHABLE;
            case CANCELLED -> RENEWAL_CANCELLED;
            case NOT_VERIFIED -> RENEWAL_NOT_VERIFIED;
            case NOTHING_TO_RENEW -> RENEWAL_NOTHING_TO_RENEW;
        };
    }
}
