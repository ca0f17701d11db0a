package org.kmstray.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimeBoxTest {
    @Test
    void aResultWithinTheLimitIsReturned() throws Exception {
        assertEquals("ok", TimeBox.call(() -> "ok", 1000));
    }

    @Test
    void theTasksOwnExceptionComesThroughUnwrapped() {
        assertThrows(UnknownHostException.class, () -> TimeBox.call(() -> {
            throw new UnknownHostException("kms.example.test");
        }, 1000));
    }

    @Test
    void aTaskThatOverrunsIsAbandonedAtTheLimit() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, () -> TimeBox.call(() -> {
            never.await();
            return null;
        }, 200));
        // Far below "never": the task itself would wait forever.
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
    }

    @Test
    void whenEveryLookupThreadIsStuckTheCallerIsNotMadeToWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allStuck = new CountDownLatch(16);
        List<Thread> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Thread t = new Thread(() -> {
                    try {
                        TimeBox.call(() -> {
                            allStuck.countDown();
                            release.await();
                            return null;
                        }, 60_000);
                    } catch (Exception e) {
                        // released or interrupted at the end of the test
                    }
                });
                t.setDaemon(true);
                t.start();
                callers.add(t);
            }
            // Each lookup thread takes one stuck task (a thread busy elsewhere saturates the pool just the same,
            // and the caller it left out is refused at once).
            allStuck.await(5, java.util.concurrent.TimeUnit.SECONDS);
            long start = System.nanoTime();
            assertThrows(TimeoutException.class, () -> TimeBox.call(() -> {
                release.await();
                return null;
            }, 60_000));
            // Running in the caller would wait for the 60 s limit.
            assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "refused at once instead of running in the caller");
        } finally {
            release.countDown();
            for (Thread t : callers) {
                t.join(5000);
            }
        }
    }
}
