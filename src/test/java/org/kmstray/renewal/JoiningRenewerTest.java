package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kmstray.network.Location;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.Fixtures.ScriptedRunner;
import org.kmstray.network.KmsProbe;

class JoiningRenewerTest {
    private final FakeLicenses licenses = new FakeLicenses().with(Fixtures.proPlus(20_000));
    private final CountDownLatch runnerEntered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ScriptedRunner blocking = new ScriptedRunner((plan, privilege) -> {
        runnerEntered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        plan.skuIds().forEach(licenses::renew);
        return Fixtures.allSucceed(plan);
    });

    private JoiningRenewer renewer() {
        KmsProbe answering = (host, port, timeout) -> new ProbeResult("kms.example.edu", port, ProbeOutcome.KMS_ANSWERED, "192.0.2.10", 3, "");
        return new JoiningRenewer(new RenewalProcedure(licenses, answering, () -> Fixtures.at(Location.ON_CAMPUS), blocking,
                Fixtures.settings(), Duration.ofSeconds(30)));
    }

    @Test
    void aSecondRequestWhileOneRunsJoinsItInsteadOfStartingAnother() throws Exception {
        JoiningRenewer renewer = renewer();

        CompletableFuture<RenewalReport> first = renewer.renew(RenewalRequest.configured());
        assertTrue(runnerEntered.await(5, TimeUnit.SECONDS));
        CompletableFuture<RenewalReport> second = renewer.renew(RenewalRequest.configured());
        assertTrue(renewer.isRunning());
        release.countDown();

        assertSame(first, second);
        assertEquals(RenewalOutcome.RENEWED, first.get(5, TimeUnit.SECONDS).outcome());
        assertEquals(1, blocking.calls.size(), "one activation step for both requests");
    }

    @Test
    void aRequestAfterTheRunEndedStartsANewOne() throws Exception {
        JoiningRenewer renewer = renewer();
        release.countDown();

        CompletableFuture<RenewalReport> first = renewer.renew(RenewalRequest.configured());
        first.get(5, TimeUnit.SECONDS);
        assertFalse(renewer.isRunning());
        CompletableFuture<RenewalReport> second = renewer.renew(RenewalRequest.configured());
        second.get(5, TimeUnit.SECONDS);

        assertNotSame(first, second);
        assertEquals(2, blocking.calls.size());
    }

    @Test
    void theRenewalNeverRunsOnTheCallersThread() throws Exception {
        JoiningRenewer renewer = renewer();
        String caller = Thread.currentThread().getName();

        CompletableFuture<RenewalReport> f = renewer.renew(RenewalRequest.configured());
        assertTrue(runnerEntered.await(5, TimeUnit.SECONDS), "renew() returned before the activation finished");
        release.countDown();
        f.get(5, TimeUnit.SECONDS);

        assertFalse(blocking.calls.get(0).thread().equals(caller));
    }
}
