package org.kmstray.fleet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T04:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignalThrottle throttle = new SignalThrottle(clock);

    private static FleetEvent event(FleetSignal signal, String subject) {
        return new FleetEvent(signal, "text", subject);
    }

    @Nested
    class TheSameSignal {
        @Test
        void isReportedOnceAndNotAgainAtTheNextChecksOfTheDay() {
            assertTrue(throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office")));
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofHours(6));
                assertFalse(throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office")), "check " + i);
            }
        }

        @Test
        void isReportedAgainADayLater() {
            throttle.admit(event(FleetSignal.CHECK_OK, "office"));
            clock.advance(Duration.ofHours(24));
            assertTrue(throttle.admit(event(FleetSignal.CHECK_OK, "office")));
        }
    }

    @Nested
    class AChange {
        @Test
        void ofSignalIsReportedAtOnce() {
            throttle.admit(event(FleetSignal.CHECK_OK, "office"));
            clock.advance(Duration.ofHours(6));
            assertTrue(throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office")));
        }

        @Test
        void ofSubjectIsReportedAtOnce() {
            throttle.admit(event(FleetSignal.RENEWAL_FAILED, "0xC004F074"));
            assertTrue(throttle.admit(event(FleetSignal.RENEWAL_FAILED, "0xC004F038")));
        }

        @Test
        void backToAnEarlierSignalIsReportedToo() {
            throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office"));
            throttle.admit(event(FleetSignal.CHECK_OK, "office"));
            assertTrue(throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office")));
        }
    }

    @Test
    void aRenewalDoesNotResetTheChecksThrottle() {
        throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office"));
        throttle.admit(event(FleetSignal.RENEWAL_VPN_REQUIRED, "timeout"));
        clock.advance(Duration.ofHours(6));
        assertFalse(throttle.admit(event(FleetSignal.CHECK_EXPIRING, "office")));
    }
}
