package org.kmstray.renewal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One renewal at a time: a request while one runs gets the running one's future, so a double click or the
 * tray and a reminder asking together lead to one prompt. Renewals run on this object's own thread, never
 * on the caller's (the Swing event thread must not wait for a UAC prompt).
 */
public final class JoiningRenewer implements Renewer {
    private final RenewalProcedure procedure;
    private final Executor executor;
    private CompletableFuture<RenewalReport> running;

    public JoiningRenewer(RenewalProcedure procedure) {
        this(procedure, ownThread());
    }

    JoiningRenewer(RenewalProcedure procedure, Executor executor) {
        this.procedure = procedure;
        this.executor = executor;
    }

    @Override
    public synchronized CompletableFuture<RenewalReport> renew(RenewalRequest request) {
        if (running != null && !running.isDone()) {
            return running;
        }
        CompletableFuture<RenewalReport> started = CompletableFuture.supplyAsync(() -> procedure.run(request), executor);
        running = started;
        return started;
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null && !running.isDone();
    }

    private static ExecutorService ownThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kmstray-renewal");
            t.setDaemon(true);
            return t;
        });
    }
}
