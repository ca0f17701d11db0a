package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

class CheckSchedulerTest {
    private static final Adapter WIFI = new Adapter("wlan0", "Intel Wi-Fi", "Wi-Fi", 71, true,
            List.of(new Address("192.168.1.23", 24)));
    private static final Adapter VPN = new Adapter("ppp0", "Fortinet SSL VPN Virtual Ethernet Adapter", "VPN", 53, true,
            List.of(new Address("10.8.0.5", 32)));

    private final ManualScheduler time = new ManualScheduler();
    private final List<CheckReason> checks = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<NetworkSnapshot> network = new AtomicReference<>(net(WIFI));
    private Duration interval = Duration.ofHours(6);
    private final CheckScheduler scheduler = new CheckScheduler(checks::add, network::get, () -> interval, time, time);

    private static NetworkSnapshot net(Adapter... adapters) {
        return new NetworkSnapshot(List.of(adapters), List.of(), List.of());
    }

    private void startedAndPastTheFirstCheck() {
        scheduler.start();
        time.advance(Duration.ofSeconds(5));
        assertEquals(List.of(CheckReason.STARTUP), checks);
        checks.clear();
    }

    @Nested
    class AfterStart {
        @Test
        void theFirstCheckComesAFewSecondsLater() {
            scheduler.start();
            time.advance(Duration.ofSeconds(4));
            assertEquals(List.of(), checks);
            time.advance(Duration.ofSeconds(1));
            assertEquals(List.of(CheckReason.STARTUP), checks);
        }

        @Test
        void thenEveryIntervalAndNothingInBetween() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofHours(5).plusMinutes(58));
            assertEquals(List.of(), checks);
            time.advance(Duration.ofMinutes(3));
            assertEquals(List.of(CheckReason.INTERVAL), checks);
            time.advance(Duration.ofHours(12));
            assertEquals(List.of(CheckReason.INTERVAL, CheckReason.INTERVAL, CheckReason.INTERVAL), checks);
        }

        @Test
        void theIntervalIsReadAtEveryTickSoAChangedSettingApplies() {
            startedAndPastTheFirstCheck();
            interval = Duration.ofHours(1);
            time.advance(Duration.ofMinutes(62));
            assertEquals(List.of(CheckReason.INTERVAL), checks);
        }

        @Test
        void startingTwiceSchedulesOnce() {
            scheduler.start();
            scheduler.start();
            time.advance(Duration.ofSeconds(5));
            assertEquals(List.of(CheckReason.STARTUP), checks);
            assertEquals(1, time.pending(), "one tick, no second set");
        }

        @Test
        void onlyTheMinuteTickIsEverPending() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofHours(3));
            assertEquals(1, time.pending());
        }
    }

    @Nested
    class WakingFromSleep {
        @Test
        void aWallClockJumpWhileTheMonotonicClockStoodStillIsAWake() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofMinutes(10));
            time.sleep(Duration.ofHours(2));
            time.advance(Duration.ofMinutes(1));
            assertEquals(List.of(CheckReason.WAKE), checks);
        }

        @Test
        void aLongGapOnBothClocksIsAWakeToo() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofMinutes(10));
            time.sleepCountingMonotonic(Duration.ofHours(8));
            time.advance(Duration.ZERO);
            assertEquals(List.of(CheckReason.WAKE), checks, "one check, not a wake and an interval");
        }

        @Test
        void aClockSetBackIsCheckedAsWell() {
            startedAndPastTheFirstCheck();
            time.setWallClock(Duration.ofHours(-1));
            time.advance(Duration.ofMinutes(1));
            assertEquals(List.of(CheckReason.WAKE), checks);
        }

        @Test
        void aWakeRestartsTheInterval() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofHours(5));
            time.sleep(Duration.ofHours(1));
            time.advance(Duration.ofMinutes(1));
            checks.clear();
            time.advance(Duration.ofHours(5).plusMinutes(50));
            assertEquals(List.of(), checks);
        }

        @Test
        void aSlowCheckIsNotMistakenForSleep() {
            AtomicBoolean slow = new AtomicBoolean(true);
            CheckScheduler s = new CheckScheduler(r -> {
                checks.add(r);
                if (slow.get()) {
                    time.busy(Duration.ofMinutes(5));
                }
            }, network::get, () -> interval, time, time);
            s.start();
            time.advance(Duration.ofMinutes(30));
            assertEquals(List.of(CheckReason.STARTUP), checks);
        }

        @Test
        void secondsOfDriftAreNotAJump() {
            startedAndPastTheFirstCheck();
            time.setWallClock(Duration.ofSeconds(30));
            time.advance(Duration.ofMinutes(1));
            assertEquals(List.of(), checks);
        }
    }

    @Nested
    class NetworkChanges {
        @Test
        void aNewAdapterTriggersACheckAtTheNextTick() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofMinutes(3));
            network.set(net(WIFI, VPN));
            time.advance(Duration.ofMinutes(1));
            assertEquals(List.of(CheckReason.NETWORK_CHANGE), checks);
            time.advance(Duration.ofMinutes(5));
            assertEquals(List.of(CheckReason.NETWORK_CHANGE), checks, "the same network again is no change");
        }

        @Test
        void aNewAddressIsAChange() {
            startedAndPastTheFirstCheck();
            network.set(net(new Adapter("wlan0", "Intel Wi-Fi", "Wi-Fi", 71, true, List.of(new Address("140.112.30.4", 16)))));
            time.advance(Duration.ofMinutes(1));
            assertEquals(List.of(CheckReason.NETWORK_CHANGE), checks);
        }

        @Test
        void adaptersThatAreDownOrListedInAnotherOrderChangeNothing() {
            startedAndPastTheFirstCheck();
            network.set(net(WIFI, VPN));
            time.advance(Duration.ofMinutes(1));
            checks.clear();
            Adapter downBluetooth = new Adapter("bt0", "Bluetooth", "Bluetooth", 6, false, List.of());
            network.set(net(VPN, downBluetooth, WIFI));
            time.advance(Duration.ofMinutes(3));
            assertEquals(List.of(), checks);
        }

        @Test
        void aFailingSnapshotIsNoChangeAndDoesNotStopTheSchedule() {
            startedAndPastTheFirstCheck();
            CheckScheduler s = new CheckScheduler(checks::add, () -> {
                throw new IllegalStateException("no adapters");
            }, () -> interval, time, time);
            s.start();
            time.advance(Duration.ofHours(6).plusMinutes(1));
            assertTrue(checks.contains(CheckReason.INTERVAL), checks.toString());
            assertTrue(!checks.contains(CheckReason.NETWORK_CHANGE), checks.toString());
        }

        @Test
        void theFingerprintDiffersForDifferentAddresses() {
            assertNotEquals(CheckScheduler.fingerprint(net(WIFI)), CheckScheduler.fingerprint(net(WIFI, VPN)));
            assertEquals(CheckScheduler.fingerprint(net(WIFI, VPN)), CheckScheduler.fingerprint(net(VPN, WIFI)));
        }
    }

    @Nested
    class CheckNow {
        @Test
        void runsOnTheSchedulersThreadAndRestartsTheInterval() {
            startedAndPastTheFirstCheck();
            time.advance(Duration.ofHours(4));
            scheduler.checkNow();
            assertEquals(List.of(), checks, "not on the caller's thread");
            time.advance(Duration.ZERO);
            assertEquals(List.of(CheckReason.USER), checks);
            time.advance(Duration.ofHours(5));
            assertEquals(List.of(CheckReason.USER), checks);
            time.advance(Duration.ofHours(1).plusMinutes(1));
            assertEquals(List.of(CheckReason.USER, CheckReason.INTERVAL), checks);
        }
    }

    @Test
    void aFailingCheckDoesNotEndTheSchedule() {
        CheckScheduler s = new CheckScheduler(r -> {
            checks.add(r);
            throw new IllegalStateException("reader broke");
        }, network::get, () -> interval, time, time);
        s.start();
        time.advance(Duration.ofHours(12).plusMinutes(1));
        assertEquals(List.of(CheckReason.STARTUP, CheckReason.INTERVAL, CheckReason.INTERVAL), checks);
    }

    @Test
    void afterStopNothingRuns() {
        startedAndPastTheFirstCheck();
        scheduler.stop();
        time.advance(Duration.ofDays(2));
        assertEquals(List.of(), checks);
        assertEquals(0, time.pending());
    }

    @Test
    void theAppsSchedulerRunsChecksOnADaemonThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean daemon = new AtomicBoolean();
        Settings settings = new Settings(new InMemoryPreferences(), OrganisationPolicy.NONE);
        CheckScheduler s = CheckScheduler.create(r -> {
            daemon.set(Thread.currentThread().isDaemon());
            ran.countDown();
        }, () -> net(), settings);
        try {
            s.checkNow();
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertTrue(daemon.get());
        } finally {
            s.stop();
        }
    }
}
