package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

class VpnRetryTest {
    private final AtomicInteger retries = new AtomicInteger();
    private final VpnRetry retry = new VpnRetry(retries::incrementAndGet);

    private static RenewalReport outcome(RenewalOutcome o) {
        return new RenewalReport(o, null, null, List.of(), List.of(), null);
    }

    private static LocationReport at(Location l) {
        return new LocationReport(l, List.of());
    }

    @Nested
    class AfterAVpnNeededOutcome {
        @Test
        void retriesOnceTheVpnIsConnected() {
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            assertTrue(retry.isArmed());
            retry.onNetworkChange(at(Location.ON_VPN));
            assertEquals(1, retries.get());
            assertFalse(retry.isArmed());
        }

        @Test
        void retriesOnCampusToo() {
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            retry.onNetworkChange(at(Location.ON_CAMPUS));
            assertEquals(1, retries.get());
        }

        @ParameterizedTest
        @EnumSource(value = Location.class, names = {"OFF_CAMPUS", "UNKNOWN"})
        void keepsWaitingWhileTheKmsHostIsStillOutOfReach(Location where) {
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            retry.onNetworkChange(at(where));
            retry.onNetworkChange(null);
            assertEquals(0, retries.get());
            assertTrue(retry.isArmed());
        }

        @Test
        void retriesOnlyOncePerArming() {
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            retry.onNetworkChange(at(Location.ON_VPN));
            retry.onNetworkChange(at(Location.ON_VPN));
            retry.onNetworkChange(at(Location.ON_CAMPUS));
            assertEquals(1, retries.get());
        }

        @Test
        void aRetryThatNeedsTheVpnAgainWaitsForTheNextNetworkChange() {
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            retry.onNetworkChange(at(Location.ON_VPN));
            retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
            assertEquals(1, retries.get());
            retry.onNetworkChange(at(Location.ON_VPN));
            assertEquals(2, retries.get());
        }
    }

    @ParameterizedTest
    @EnumSource(value = RenewalOutcome.class, names = "VPN_REQUIRED", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherOutcomeDisarms(RenewalOutcome other) {
        retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
        retry.onOutcome(outcome(other));
        retry.onNetworkChange(at(Location.ON_VPN));
        assertEquals(0, retries.get());
    }

    @Test
    void withoutAVpnNeededOutcomeANetworkChangeDoesNothing() {
        retry.onNetworkChange(at(Location.ON_VPN));
        assertEquals(0, retries.get());
    }

    @Test
    void disarmStopsAWaitingRetry() {
        retry.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
        retry.disarm();
        retry.onNetworkChange(at(Location.ON_VPN));
        assertEquals(0, retries.get());
    }

    @Test
    void aRetryThatCannotStartIsNotAnErrorForTheCaller() {
        VpnRetry failing = new VpnRetry(() -> {
            throw new IllegalStateException("renewer gone");
        });
        failing.onOutcome(outcome(RenewalOutcome.VPN_REQUIRED));
        failing.onNetworkChange(at(Location.ON_VPN));
        assertFalse(failing.isArmed());
    }

    @Nested
    class AsAStateListener {
        @Test
        void hearsOutcomesAndTheLocationOfEachCheck() {
            retry.renewalFinished(outcome(RenewalOutcome.VPN_REQUIRED), Licenses.state(Licenses.unreadable()));
            AppState offCampus = withLocation(Location.OFF_CAMPUS);
            retry.checked(offCampus);
            assertEquals(0, retries.get());
            retry.checked(withLocation(Location.ON_VPN));
            assertEquals(1, retries.get());
        }

        @Test
        void aCheckWithoutALocationChangesNothing() {
            retry.renewalFinished(outcome(RenewalOutcome.VPN_REQUIRED), Licenses.state(Licenses.unreadable()));
            retry.checked(Licenses.state(Licenses.unreadable()));
            assertTrue(retry.isArmed());
        }

        private AppState withLocation(Location l) {
            AppState s = Licenses.state(Licenses.snapshot(Licenses.proPlus(1000)));
            return new AppState(s.current(), s.lastGood(), Optional.of(at(l)), s.probe(), s.lastRenewal(), s.lastCheck(), false, false);
        }
    }
}
