package org.kmstray.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.license.LicenseReader;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;
import org.kmstray.network.LocationReport;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;

/**
 * Holds what the tray shows and keeps it current: reads the license state and the location when asked
 * ({@link #check()}, on the caller's thread, which is the scheduler's), runs renewals through the one
 * {@link Renewer} of the app, and tells listeners about every change.
 *
 * <p>The state is one immutable {@link AppState} swapped atomically, so a window painting it never sees half
 * an update, and a check finishing during a renewal keeps the renewal's flag (and the other way round).
 * Nothing here throws at the caller: a reader that fails becomes an {@link Unreadable} state.
 */
public final class LicenseMonitor {
    private static final Logger LOG = Logger.getLogger(LicenseMonitor.class.getName());
    /** The reading before the first check. */
    public static final String NOT_CHECKED_KEY = "tray.state.notChecked";
    /** A reader or location source that threw instead of reporting; {0} is the exception. */
    public static final String CHECK_FAILED_KEY = "tray.state.checkFailed";
    /** A renewer that failed instead of reporting; {0} is the exception. */
    public static final String RENEWAL_FAILED_KEY = "tray.state.renewalFailed";
    private static final String SOURCE = "monitor";

    private final LicenseReader reader;
    private final Supplier<LocationReport> location;
    private final Renewer renewer;
    private final Clock clock;
    private final Executor notifier;
    private final AtomicReference<AppState> state;
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicReference<RenewalReport> lastAnnounced = new AtomicReference<>();
    private final List<AppStateListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<AppState>> changeListeners = new CopyOnWriteArrayList<>();

    public LicenseMonitor(LicenseReader reader, Supplier<LocationReport> location, Renewer renewer, Clock clock, boolean demo) {
        this(reader, location, renewer, clock, demo, ForkJoinPool.commonPool());
    }

    /** @param notifier where a finished renewal is recorded and announced; never the thread that asked for it */
    public LicenseMonitor(LicenseReader reader, Supplier<LocationReport> location, Renewer renewer, Clock clock, boolean demo,
            Executor notifier) {
        this.reader = Objects.requireNonNull(reader);
        this.location = Objects.requireNonNull(location);
        this.renewer = Objects.requireNonNull(renewer);
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        this.state = new AtomicReference<>(new AppState(new Unreadable(SOURCE, NOT_CHECKED_KEY, null), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, demo));
    }

    public AppState state() {
        return state.get();
    }

    /** Told about every finished check and renewal. */
    public void addListener(AppStateListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(AppStateListener listener) {
        listeners.remove(listener);
    }

    /** Told about every new state, the start of a renewal included: what the tray icon follows. */
    public void addChangeListener(Consumer<AppState> listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    public void removeChangeListener(Consumer<AppState> listener) {
        changeListeners.remove(listener);
    }

    /**
     * Reads the license state and the location now, on this thread. A reading takes seconds; when a renewal
     * records its verified state in the meantime, that state is newer than this reading and stays: otherwise
     * a check that read before the activation would put the old days left back after "Renewed".
     */
    public AppState check() {
        Instant started = clock.instant();
        LicenseReading reading = read();
        Optional<LocationReport> where = locate();
        Instant done = clock.instant();
        AppState next = update(s -> s.lastCheck().filter(t -> t.isAfter(started)).isPresent()
                ? new AppState(s.current(), s.lastGood(), where, s.probe(), s.lastRenewal(), s.lastCheck(), s.renewing(), s.demo())
                : new AppState(reading, reading instanceof LicenseSnapshot snap ? Optional.of(snap) : s.lastGood(),
                        where, s.probe(), s.lastRenewal(), Optional.of(done), s.renewing(), s.demo()));
        announceChange();
        for (AppStateListener l : listeners) {
            safely(() -> l.checked(next));
        }
        return next;
    }

    /**
     * Starts a renewal, or joins the one running. The state says "renewing" at once; the outcome is recorded
     * and announced on the notifier, never on the calling thread (which may be the Swing event thread). The
     * future never completes exceptionally.
     */
    public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
        renewals.incrementAndGet();
        update(s -> with(s, renewals.get() > 0));
        announceChange();
        CompletableFuture<RenewalReport> running;
        try {
            running = Objects.requireNonNull(renewer.renew(request), "renewer returned no future");
        } catch (RuntimeException e) {
            running = CompletableFuture.completedFuture(failed(e));
        }
        return running.handleAsync((report, error) -> finished(report != null ? report : failed(error)), notifier);
    }

    private RenewalReport finished(RenewalReport report) {
        renewals.decrementAndGet();
        LicenseReading after = report.stateAfter();
        AppState next = update(s -> new AppState(
                after instanceof LicenseSnapshot ? after : s.current(),
                after instanceof LicenseSnapshot snap ? Optional.of(snap) : s.lastGood(),
                report.location() != null ? Optional.of(report.location()) : s.location(),
                report.probe() != null ? Optional.of(report.probe()) : s.probe(),
                Optional.of(report),
                after instanceof LicenseSnapshot ? Optional.of(clock.instant()) : s.lastCheck(),
                renewals.get() > 0, s.demo()));
        announceChange();
        // Callers that joined a running renewal share its report: announce it once.
        if (lastAnnounced.getAndSet(report) != report) {
            for (AppStateListener l : listeners) {
                safely(() -> l.renewalFinished(report, next));
            }
        }
        return report;
    }

    private LicenseReading read() {
        try {
            LicenseReading r = reader.read();
            return r != null ? r : new Unreadable(SOURCE, CHECK_FAILED_KEY, new Object[] {"no reading"});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "license reader failed", e);
            return new Unreadable(SOURCE, CHECK_FAILED_KEY, new Object[] {e.toString()});
        }
    }

    private Optional<LocationReport> locate() {
        try {
            return Optional.ofNullable(location.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "location could not be determined", e);
            return Optional.empty();
        }
    }

    private static RenewalReport failed(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        LOG.log(Level.WARNING, "renewal failed without a report", cause);
        return new RenewalReport(RenewalOutcome.FAILED, null, null, List.of(), List.of(),
                new Unreadable(SOURCE, RENEWAL_FAILED_KEY, new Object[] {String.valueOf(cause)}));
    }

    private static AppState with(AppState s, boolean renewing) {
        return new AppState(s.current(), s.lastGood(), s.location(), s.probe(), s.lastRenewal(), s.lastCheck(), renewing, s.demo());
    }

    /**
     * Changes read the renewal count inside {@code change}: a retried update then sees the latest count, so
     * a renewal finishing on another thread can never leave an old "renewing" state as the last word.
     */
    private AppState update(UnaryOperator<AppState> change) {
        return state.updateAndGet(change);
    }

    /** Passes the newest state, not the one this thread made: with two threads updating, none goes back in time. */
    private void announceChange() {
        AppState latest = state.get();
        for (Consumer<AppState> l : changeListeners) {
            safely(() -> l.accept(latest));
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "state listener failed", e);
        }
    }
}
