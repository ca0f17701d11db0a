package org.kmstray.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a check every few hours from filling the event log: the same signal about the same subject is
 * let through at most once per day; anything that changes (another signal, another product, another
 * HRESULT) goes through at once. Checks and renewals are throttled apart, so a renewal never hides the
 * next check's report. Memory only: after a restart the first event goes through again.
 */
public final class SignalThrottle {
    public static final Duration REPEAT_AFTER = Duration.ofDays(1);

    private final Clock clock;
    private final Map<Boolean, Last> lastByKind = new HashMap<>();

    private record Last(FleetSignal signal, String subject, Instant at) {
    }

    public SignalThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return whether to report the event now; a true answer records it as reported */
    public synchronized boolean admit(FleetEvent event) {
        Instant now = clock.instant();
        boolean check = event.signal().isCheck();
        Last last = lastByKind.get(check);
        boolean same = last != null && last.signal() == event.signal() && last.subject().equals(event.subject());
        if (same && now.isBefore(last.at().plus(REPEAT_AFTER))) {
            return false;
        }
        lastByKind.put(check, new Last(event.signal(), event.subject(), now));
        return true;
    }
}
