package org.kmstray.renewal;

import java.util.concurrent.CompletableFuture;

/** Renews the KMS activations of this PC. */
public interface Renewer {
    /**
     * Starts a renewal, or joins the one already running (then {@code request} is ignored and the running
     * one's report is returned), so one click never leads to two administrator prompts. The future never
     * completes exceptionally: every failure is a report.
     */
    CompletableFuture<RenewalReport> renew(RenewalRequest request);

    boolean isRunning();
}
