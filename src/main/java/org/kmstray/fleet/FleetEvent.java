package org.kmstray.fleet;

/**
 * One entry for the event log.
 *
 * @param message English text with the facts (products, days left, expiry, HRESULTs); English because
 *                fleet tools and administrators search for it, whatever the user's language
 * @param subject what the signal is about, without what changes by the hour (days left, times): two events
 *                with the same signal and subject say the same thing, and the throttle repeats them only daily
 */
public record FleetEvent(FleetSignal signal, String message, String subject) {
    public int eventId() {
        return signal.eventId();
    }

    public FleetSignal.Level level() {
        return signal.level();
    }
}
