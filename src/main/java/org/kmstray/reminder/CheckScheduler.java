package org.kmstray.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshotSource;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;

/**
 * Decides when the license state is read: a few seconds after start, every {@code check.interval.hours},
 * after the PC wakes from sleep and after the network changes. One light tick a minute on its own daemon
 * thread compares the wall clock with the monotonic clock (a sleeping PC stops the one or leaves a gap in the
 * other) and a fingerprint of the network adapters; nothing polls in between. Checks run on that thread, one
 * at a time, never on the caller's.
 */
public final class CheckScheduler {
    private static final Logger LOG = Logger.getLogger(CheckScheduler.class.getName());
    public static final Duration FIRST_CHECK_DELAY = Duration.ofSeconds(5);
    public static final Duration TICK = Duration.ofMinutes(1);
    /** More than this between the two clocks, or beyond the tick's wait, is a jump rather than a late tick. */
    static final Duration JUMP_TOLERANCE = Duration.ofMinutes(2);

    /** The two clocks the scheduler compares; injectable so tests can make the PC sleep. */
    public interface Clocks {
        long wallMillis();

        long nanoTime();

        Clocks SYSTEM = new Clocks() {
            @Override
            public long wallMillis() {
                return System.currentTimeMillis();
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
    }

    private final Consumer<CheckReason> check;
    private final NetworkSnapshotSource network;
    private final Supplier<Duration> interval;
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Clocks clocks;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private final Object tickLock = new Object();
    private boolean started;

    // Guarded by tickLock.
    private long lastWall;
    private long lastNano;
    private long lastCheckNano;
    private String lastNetwork;

    public CheckScheduler(Consumer<CheckReason> check, NetworkSnapshotSource network, Supplier<Duration> interval,
            ScheduledExecutorService executor, Clocks clocks) {
        this(check, network, interval, executor, clocks, false);
    }

    private CheckScheduler(Consumer<CheckReason> check, NetworkSnapshotSource network, Supplier<Duration> interval,
            ScheduledExecutorService executor, Clocks clocks, boolean ownsExecutor) {
        this.check = Objects.requireNonNull(check);
        this.network = Objects.requireNonNull(network);
        this.interval = Objects.requireNonNull(interval);
        this.executor = Objects.requireNonNull(executor);
        this.clocks = Objects.requireNonNull(clocks);
        this.ownsExecutor = ownsExecutor;
    }

    /** The app's scheduler: its own daemon thread, the interval read from the settings at every tick. */
    public static CheckScheduler create(Consumer<CheckReason> check, NetworkSnapshotSource network, Settings settings) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kms-tray-checks");
            t.setDaemon(true);
            return t;
        });
        return new CheckScheduler(check, network, () -> Duration.ofHours(settings.get(SettingKeys.CHECK_INTERVAL_HOURS)),
                executor, Clocks.SYSTEM, true);
    }

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        synchronized (tickLock) {
            lastWall = clocks.wallMillis();
            lastNano = clocks.nanoTime();
            lastCheckNano = lastNano;
        }
        scheduled.add(executor.schedule(this::startup, FIRST_CHECK_DELAY.toMillis(), TimeUnit.MILLISECONDS));
        scheduled.add(executor.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** "Check now": runs on the scheduler's thread, soon, and restarts the interval. */
    public void checkNow() {
        executor.execute(() -> {
            synchronized (tickLock) {
                run(CheckReason.USER);
            }
        });
    }

    /** Ends the schedule; the app's own scheduler ({@link #create}) also ends its thread and cannot start again. */
    public synchronized void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        if (ownsExecutor) {
            executor.shutdownNow();
        }
        started = false;
    }

    private void startup() {
        synchronized (tickLock) {
            lastNetwork = fingerprint();
            run(CheckReason.STARTUP);
            remember();
        }
    }

    /** Once a minute: decide whether anything calls for a check, then run at most one. */
    void tick() {
        synchronized (tickLock) {
            long wall = clocks.wallMillis();
            long nano = clocks.nanoTime();
            long wallDelta = wall - lastWall;
            long monoDelta = TimeUnit.NANOSECONDS.toMillis(nano - lastNano);
            long tolerance = JUMP_TOLERANCE.toMillis();
            boolean jumped = Math.abs(wallDelta - monoDelta) > tolerance || wallDelta > TICK.toMillis() + tolerance
                    || monoDelta > TICK.toMillis() + tolerance;

            String net = fingerprint();
            boolean networkChanged = net != null && lastNetwork != null && !net.equals(lastNetwork);
            if (net != null) {
                lastNetwork = net;
            }
            boolean due = nano - lastCheckNano >= interval.get().toNanos();

            if (jumped) {
                run(CheckReason.WAKE);
            } else if (networkChanged) {
                run(CheckReason.NETWORK_CHANGE);
            } else if (due) {
                run(CheckReason.INTERVAL);
            }
            // Measured from the end of this tick, so a slow check never looks like a sleep.
            remember();
        }
    }

    private void remember() {
        lastWall = clocks.wallMillis();
        lastNano = clocks.nanoTime();
    }

    private void run(CheckReason reason) {
        lastCheckNano = clocks.nanoTime();
        try {
            check.accept(reason);
        } catch (RuntimeException e) {
            // A failed check must not end the schedule: the next tick tries again.
            LOG.log(Level.WARNING, "check (" + reason + ") failed", e);
        }
    }

    /** Adapters that are up, with their addresses, in a stable order; null when the snapshot failed. */
    private String fingerprint() {
        try {
            return fingerprint(network.take());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "network snapshot failed", e);
            return null;
        }
    }

    static String fingerprint(NetworkSnapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        List<String> up = new ArrayList<>();
        for (NetworkSnapshot.Adapter a : snapshot.adapters()) {
            if (a.up()) {
                List<String> addresses = a.addresses().stream().map(x -> x.address() + "/" + x.prefixLength()).sorted().toList();
                up.add(a.name() + "=" + addresses);
            }
        }
        up.sort(null);
        return String.join(";", up);
    }
}
