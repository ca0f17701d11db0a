package org.kmstray.network;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a blocking lookup with a hard time limit. The OS resolver ({@code getaddrinfo}) cannot be
 * interrupted and may wait for its own timeouts (seconds per server); the probe must not. A lookup
 * that overruns keeps its daemon thread until the OS gives up, and the caller moves on.
 */
final class TimeBox {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, 16, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "kms-probe-lookup-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    private TimeBox() {
    }

    /** The task's result, or {@link TimeoutException} after {@code millis}; the task's own exception is rethrown as is. */
    static <T> T call(Callable<T> task, long millis) throws Exception {
        Future<T> future;
        try {
            future = POOL.submit(task);
        } catch (RejectedExecutionException e) {
            // Every lookup thread is still stuck in the OS resolver; running it here would lose the deadline.
            throw new TimeoutException("all lookup threads are busy");
        }
        try {
            return future.get(Math.max(1, millis), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
