package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.reminder.Licenses.NOW;
import static org.kmstray.reminder.Licenses.days;
import static org.kmstray.reminder.Licenses.proPlus;
import static org.kmstray.reminder.Licenses.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;

class LicenseMonitorTest {
    private static final LocationReport ON_CAMPUS = new LocationReport(Location.ON_CAMPUS, List.of());
    private static final ProbeResult ANSWERED = new ProbeResult("kms.example.edu", 1688, ProbeOutcome.KMS_ANSWERED, "192.0.2.10", 12, "");

    private final AtomicReference<LicenseReading> reading = new AtomicReference<>(snapshot(proPlus(days(12))));
    private final AtomicReference<LocationReport> where = new AtomicReference<>(ON_CAMPUS);
    private final FakeRenewer renewer = new FakeRenewer();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Recorder recorder = new Recorder();
    private final LicenseMonitor monitor = monitor(Runnable::run);

    private LicenseMonitor monitor(java.util.concurrent.Executor notifier) {
        LicenseMonitor m = new LicenseMonitor(reading::get, where::get, renewer, clock, false, notifier);
        m.addListener(recorder);
        m.addChangeListener(recorder.changes::add);
        return m;
    }

    /** A renewer whose renewals the test finishes. */
    static final class FakeRenewer implements Renewer {
        CompletableFuture<RenewalReport> running;
        int started;
        RuntimeException throwing;

        @Override
        public synchronized CompletableFuture<RenewalReport> renew(RenewalRequest request) {
            if (throwing != null) {
                throw throwing;
            }
            if (running == null || running.isDone()) {
                running = new CompletableFuture<>();
                started++;
            }
            return running;
        }

        @Override
        public synchronized boolean isRunning() {
            return running != null && !running.isDone();
        }
    }

    static final class Recorder implements AppStateListener {
        final List<AppState> checked = Collections.synchronizedList(new ArrayList<>());
        final List<RenewalReport> finished = Collections.synchronizedList(new ArrayList<>());
        final List<AppState> changes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void checked(AppState state) {
            checked.add(state);
        }

        @Override
        public void renewalFinished(RenewalReport report, AppState state) {
            finished.add(report);
        }
    }

    private static RenewalReport renewed(LicenseReading after) {
        List<Product> products = after instanceof LicenseSnapshot s ? s.products() : List.of();
        return new RenewalReport(RenewalOutcome.RENEWED, ANSWERED, ON_CAMPUS, products, List.of(), after);
    }

    @Nested
    class BeforeTheFirstCheck {
        @Test
        void theStateSaysNotCheckedYet() {
            AppState s = monitor.state();
            assertTrue(s.current() instanceof Unreadable u && u.messageKey().equals(LicenseMonitor.NOT_CHECKED_KEY));
            assertEquals(Optional.empty(), s.lastCheck());
            assertFalse(s.renewing());
        }

        @Test
        void theDemoFlagIsCarried() {
            assertTrue(new LicenseMonitor(reading::get, where::get, renewer, clock, true).state().demo());
        }
    }

    @Nested
    class Check {
        @Test
        void readsTheLicenseAndTheLocation() {
            AppState s = monitor.check();
            assertSame(reading.get(), s.current());
            assertEquals(Optional.of(reading.get()), s.lastGood());
            assertEquals(Optional.of(ON_CAMPUS), s.location());
            assertEquals(Optional.of(NOW), s.lastCheck());
            assertSame(s, monitor.state());
        }

        @Test
        void tellsTheListeners() {
            AppState s = monitor.check();
            assertEquals(List.of(s), recorder.checked);
            assertEquals(List.of(s), recorder.changes);
        }

        @Test
        void anUnreadableStateKeepsTheLastGoodReading() {
            LicenseReading good = reading.get();
            monitor.check();
            reading.set(Licenses.unreadable());
            AppState s = monitor.check();
            assertTrue(s.current() instanceof Unreadable);
            assertEquals(Optional.of(good), s.lastGood());
        }

        @Test
        void aReaderThatThrowsBecomesAnUnreadableStateWithAClearMessage() {
            LicenseMonitor m = new LicenseMonitor(() -> {
                throw new IllegalStateException("COM went away");
            }, where::get, renewer, clock, false, Runnable::run);
            AppState s = m.check();
            Unreadable u = (Unreadable) s.current();
            assertEquals(LicenseMonitor.CHECK_FAILED_KEY, u.messageKey());
            assertTrue(String.valueOf(u.args()[0]).contains("COM went away"));
        }

        @Test
        void aReaderThatReturnsNothingIsUnreadableToo() {
            reading.set(null);
            assertTrue(monitor.check().current() instanceof Unreadable);
        }

        @Test
        void aLocationThatCannotBeToldIsLeftEmpty() {
            LicenseMonitor m = new LicenseMonitor(reading::get, () -> {
                throw new IllegalStateException("no adapters");
            }, renewer, clock, false, Runnable::run);
            AppState s = m.check();
            assertEquals(Optional.empty(), s.location());
            assertTrue(s.current() instanceof LicenseSnapshot);
        }

        @Test
        void aListenerThatThrowsDoesNotKeepTheOthersFromHearing() {
            LicenseMonitor m = new LicenseMonitor(reading::get, where::get, renewer, clock, false, Runnable::run);
            m.addChangeListener(s -> {
                throw new IllegalStateException("UI gone");
            });
            m.addListener(recorder);
            m.check();
            assertEquals(1, recorder.checked.size());
        }

        @Test
        void aCheckDuringARenewalKeepsItRenewing() {
            monitor.renew(RenewalRequest.configured());
            assertTrue(monitor.check().renewing());
        }
    }

    @Nested
    class Renew {
        @Test
        void saysRenewingAtOnceAndRecordsTheOutcome() {
            monitor.check();
            CompletableFuture<RenewalReport> f = monitor.renew(RenewalRequest.configured());
            assertTrue(monitor.state().renewing());
            assertTrue(recorder.changes.get(recorder.changes.size() - 1).renewing());

            LicenseSnapshot after = snapshot(NOW.plus(Duration.ofMinutes(1)), proPlus(Product.VALIDITY_MINUTES));
            RenewalReport report = renewed(after);
            renewer.running.complete(report);

            assertSame(report, f.join());
            AppState s = monitor.state();
            assertFalse(s.renewing());
            assertEquals(Optional.of(report), s.lastRenewal());
            assertEquals(Optional.of(ANSWERED), s.probe());
            assertEquals(Optional.of(ON_CAMPUS), s.location());
            assertEquals(Optional.of(180), ((LicenseSnapshot) s.current()).products().get(0).daysLeft());
            assertEquals(s.current(), s.lastGood().orElseThrow());
            assertEquals(List.of(report), recorder.finished);
            assertFalse(recorder.changes.get(recorder.changes.size() - 1).renewing());
        }

        @Test
        void theTrayGoesFromTwelveTo180Days() {
            monitor.check();
            assertEquals(OptionalInt.of(12), TrayStatusCalculator.calculate(monitor.state(), 30,
                    Messages.of(Language.ENGLISH), ZoneOffset.UTC, NOW).daysLeft());
            monitor.renew(RenewalRequest.configured());
            renewer.running.complete(renewed(snapshot(proPlus(Product.VALIDITY_MINUTES))));
            TrayStatus after = TrayStatusCalculator.calculate(monitor.state(), 30,
                    Messages.of(Language.ENGLISH), ZoneOffset.UTC, NOW);
            assertEquals(TrayState.OK, after.state());
            assertEquals(OptionalInt.of(180), after.daysLeft());
        }

        @Test
        void anUnreadableStateAfterwardsLeavesTheCurrentReadingAlone() {
            AppState before = monitor.check();
            monitor.renew(RenewalRequest.configured());
            renewer.running.complete(new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(), Licenses.unreadable()));
            assertSame(before.current(), monitor.state().current());
            assertEquals(RenewalOutcome.FAILED, monitor.state().lastRenewal().orElseThrow().outcome());
        }

        @Test
        void aRenewerThatThrowsGivesAFailedReportNotAnException() {
            renewer.throwing = new IllegalStateException("renewer broken");
            RenewalReport r = monitor.renew(RenewalRequest.configured()).join();
            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertEquals(LicenseMonitor.RENEWAL_FAILED_KEY, ((Unreadable) r.stateAfter()).messageKey());
            assertFalse(monitor.state().renewing());
            assertEquals(List.of(r), recorder.finished);
        }

        @Test
        void aFutureThatFailsGivesAFailedReportToo() {
            CompletableFuture<RenewalReport> f = monitor.renew(RenewalRequest.configured());
            renewer.running.completeExceptionally(new IllegalStateException("boom"));
            RenewalReport r = f.join();
            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertTrue(String.valueOf(((Unreadable) r.stateAfter()).args()[0]).contains("boom"));
        }

        @Test
        void aJoinedRenewalIsAnnouncedOnceAndStaysRenewingUntilDone() {
            CompletableFuture<RenewalReport> first = monitor.renew(RenewalRequest.configured());
            CompletableFuture<RenewalReport> second = monitor.renew(RenewalRequest.configured());
            assertEquals(1, renewer.started);
            RenewalReport report = renewed(snapshot(proPlus(Product.VALIDITY_MINUTES)));
            renewer.running.complete(report);
            assertSame(first.join(), second.join());
            assertEquals(List.of(report), recorder.finished);
            assertFalse(monitor.state().renewing());
        }

        @Test
        void aSecondRenewalLaterIsAnnouncedAgain() {
            monitor.renew(RenewalRequest.configured());
            renewer.running.complete(renewed(snapshot(proPlus(Product.VALIDITY_MINUTES))));
            monitor.renew(RenewalRequest.configured());
            renewer.running.complete(renewed(snapshot(proPlus(Product.VALIDITY_MINUTES))));
            assertEquals(2, recorder.finished.size());
        }

        @Test
        void theOutcomeIsHandledOffTheCallersThread() throws Exception {
            LicenseMonitor m = new LicenseMonitor(reading::get, where::get, new Renewer() {
                @Override
                public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
                    return CompletableFuture.completedFuture(renewed(snapshot(proPlus(Product.VALIDITY_MINUTES))));
                }

                @Override
                public boolean isRunning() {
                    return false;
                }
            }, clock, false);
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<Thread> thread = new AtomicReference<>();
            m.addListener(new AppStateListener() {
                @Override
                public void checked(AppState state) {
                }

                @Override
                public void renewalFinished(RenewalReport report, AppState state) {
                    thread.set(Thread.currentThread());
                    done.countDown();
                }
            });
            m.renew(RenewalRequest.configured()).get(10, TimeUnit.SECONDS);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertNotSame(Thread.currentThread(), thread.get());
        }
    }

    @Nested
    class ACheckThatOverlapsARenewal {
        /** Moves on a second each time it is asked, so "before" and "after" differ as on a real PC. */
        private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
        private final Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return now.getAndUpdate(t -> t.plusSeconds(1));
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        private final CountDownLatch reading12Days = new CountDownLatch(1);
        private final CountDownLatch renewalDone = new CountDownLatch(1);
        private final LicenseSnapshot twelveDays = snapshot(proPlus(days(12)));
        private final LicenseSnapshot renewedState = snapshot(proPlus(Product.VALIDITY_MINUTES));

        /** Reads the state before the activation, then waits until the renewal has finished before answering. */
        private LicenseReading slowReadBeforeTheActivation() {
            reading12Days.countDown();
            try {
                assertTrue(renewalDone.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return twelveDays;
        }

        @Test
        void keepsTheRenewalsVerifiedStateWhenItLandsAfterTheRenewal() throws Exception {
            LicenseMonitor m = new LicenseMonitor(this::slowReadBeforeTheActivation, where::get, renewer, ticking, false, Runnable::run);
            m.addListener(recorder);
            CompletableFuture<AppState> check = CompletableFuture.supplyAsync(m::check);
            assertTrue(reading12Days.await(30, TimeUnit.SECONDS));

            m.renew(RenewalRequest.configured());
            renewer.running.complete(renewed(renewedState));
            AppState afterRenewal = m.state();
            renewalDone.countDown();
            AppState afterCheck = check.get(30, TimeUnit.SECONDS);

            assertEquals(renewedState, afterCheck.current());
            assertEquals(Optional.of(renewedState), afterCheck.lastGood());
            assertEquals(afterRenewal.lastCheck(), afterCheck.lastCheck());
            assertSame(afterCheck, m.state());
            assertEquals(List.of(afterCheck), recorder.checked, "the check is still announced, with the newer state");
            assertEquals(OptionalInt.of(180), TrayStatusCalculator.calculate(m.state(), 30, Messages.of(Language.ENGLISH),
                    ZoneOffset.UTC, NOW).daysLeft());
        }

        @Test
        void aCheckThatStartsAfterTheRenewalShowsWhatItReads() {
            AtomicReference<LicenseReading> next = new AtomicReference<>(renewedState);
            LicenseMonitor m = new LicenseMonitor(next::get, where::get, renewer, ticking, false, Runnable::run);
            m.renew(RenewalRequest.configured());
            renewer.running.complete(renewed(renewedState));
            Instant renewedAt = m.state().lastCheck().orElseThrow();
            next.set(twelveDays);
            AppState s = m.check();
            assertSame(twelveDays, s.current());
            assertTrue(s.lastCheck().orElseThrow().isAfter(renewedAt));
        }
    }

    @Test
    void checksAndRenewalsFromManyThreadsLeaveAConsistentState() throws Exception {
        LicenseMonitor m = monitor(java.util.concurrent.ForkJoinPool.commonPool());
        List<Thread> threads = new ArrayList<>();
        List<CompletableFuture<RenewalReport>> renewals = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    m.check();
                    renewals.add(m.renew(RenewalRequest.configured()));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        renewer.running.complete(renewed(snapshot(proPlus(Product.VALIDITY_MINUTES))));
        for (CompletableFuture<RenewalReport> f : renewals) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertFalse(m.state().renewing());
        assertEquals(Optional.of(NOW), m.state().lastCheck());
        assertTrue(m.state().lastRenewal().isPresent());
    }
}
