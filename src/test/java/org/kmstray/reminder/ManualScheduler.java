package org.kmstray.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor on virtual time: tasks run on the test's thread when {@link #advance} passes their
 * time. Its clocks can be pulled apart to play a PC that slept: {@link #sleep} moves the wall clock only.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService, CheckScheduler.Clocks {
    private final PriorityQueue<Task> queue = new PriorityQueue<>(Comparator.comparingLong((Task t) -> t.at).thenComparingLong(t -> t.seq));
    private long nanos = 1_000_000_000L;
    private long wallMillis = 1_790_000_000_000L;
    private long seq;
    private boolean shutdown;

    /** Time passes while the PC is awake: both clocks move, due tasks run in order. */
    void advance(Duration d) {
        long target = nanos + d.toNanos();
        while (!queue.isEmpty() && queue.peek().at <= target) {
            Task t = queue.poll();
            if (t.cancelled) {
                continue;
            }
            // An overdue task (after a sleep that moved the monotonic clock) runs now; time never goes back.
            long step = Math.max(0, t.at - nanos);
            nanos += step;
            wallMillis += TimeUnit.NANOSECONDS.toMillis(step);
            t.run();
        }
        wallMillis += TimeUnit.NANOSECONDS.toMillis(target - nanos);
        nanos = target;
    }

    /** The PC sleeps: the wall clock moves on, the monotonic clock (as on Linux) and the tasks do not. */
    void sleep(Duration d) {
        wallMillis += d.toMillis();
    }

    /** The PC sleeps and the monotonic clock keeps counting (as QueryPerformanceCounter may on Windows). */
    void sleepCountingMonotonic(Duration d) {
        wallMillis += d.toMillis();
        nanos += d.toNanos();
    }

    /** Time passes inside a running task (a slow check): both clocks move, nothing else runs meanwhile. */
    void busy(Duration d) {
        wallMillis += d.toMillis();
        nanos += d.toNanos();
    }

    /** Someone sets the wall clock. */
    void setWallClock(Duration by) {
        wallMillis += by.toMillis();
    }

    int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    @Override
    public long wallMillis() {
        return wallMillis;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    private Task add(Runnable r, long delayNanos, long period, boolean fixedRate) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task t = new Task(r, nanos + Math.max(0, delayNanos), period, fixedRate, seq++);
        queue.add(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(delay), 0, false);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(period), true);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(delay), false);
    }

    @Override
    public void execute(Runnable command) {
        add(command, 0, 0, false);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        queue.clear();
        return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object>, Runnable {
        private final Runnable body;
        private final long period;
        private final boolean fixedRate;
        private final long seq;
        private long at;
        private boolean cancelled;
        private boolean done;

        Task(Runnable body, long at, long period, boolean fixedRate, long seq) {
            this.body = body;
            this.at = at;
            this.period = period;
            this.fixedRate = fixedRate;
            this.seq = seq;
        }

        @Override
        public void run() {
            long started = at;
            body.run();
            if (period > 0 && !cancelled) {
                at = fixedRate ? started + period : nanos + period;
                queue.add(this);
            } else {
                done = true;
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
