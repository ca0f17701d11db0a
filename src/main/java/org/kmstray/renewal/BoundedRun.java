package org.kmstray.renewal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one activation step on its own thread and gives up when its time is over, so a runner that hangs
 * (a stuck process, an unanswered prompt) cannot hold the renewal past the overall timeout. The runner is
 * told a slightly shorter timeout and is expected to stop its process itself; this is the backstop.
 */
final class BoundedRun {
    /** Time kept back from a runner's own timeout, so it can report its own, more precise failure. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private BoundedRun() {
    }

    static RunOutcome run(ActivationRunner runner, ActivationPlan plan, Privilege privilege, Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            return RunOutcome.failed(RunFailure.Kind.TIMEOUT, "no time left for the " + privilege + " step");
        }
        // The runner gets a little less than the whole time, so its own timeout fires first and says more.
        Duration told = timeout.compareTo(GRACE.multipliedBy(2)) > 0 ? timeout.minus(GRACE) : timeout;
        FutureTask<RunOutcome> task = new FutureTask<>(() -> runner.run(plan, privilege, told));
        Thread thread = new Thread(task, "kmstray-activation-" + privilege.name().toLowerCase(java.util.Locale.ROOT));
        thread.setDaemon(true);
        thread.start();
        try {
            RunOutcome outcome = task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return outcome != null ? outcome : RunOutcome.failed(RunFailure.Kind.UNREADABLE_RESULT, "runner returned nothing");
        } catch (TimeoutException e) {
            task.cancel(true);
            return RunOutcome.failed(RunFailure.Kind.TIMEOUT, "the " + privilege + " step took longer than " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            // The contract says runners never throw; one that does still must not end the renewal with a trace.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return RunOutcome.failed(RunFailure.Kind.UNAVAILABLE, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return RunOutcome.failed(RunFailure.Kind.TIMEOUT, "interrupted");
        }
    }
}
