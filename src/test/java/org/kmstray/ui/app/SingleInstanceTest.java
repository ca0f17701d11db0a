package org.kmstray.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path folder;

    @Nested
    class TheFirstStart {
        @Test
        void becomesTheInstanceAndPublishesALoopbackPortWithAToken() throws IOException {
            SingleInstance.Claim claim = SingleInstance.claim(folder, () -> { });
            SingleInstance first = assertInstanceOf(SingleInstance.First.class, claim).instance();
            try (first) {
                String published = Files.readString(folder.resolve(SingleInstance.PORT_FILE), StandardCharsets.US_ASCII).trim();
                assertTrue(published.matches(first.port() + " [0-9a-f]{32}"), published);
            }
        }

        @Test
        void givesTheAppBackOnCloseSoTheNextStartIsFirstAgain() throws IOException {
            SingleInstance.Claim first = SingleInstance.claim(folder, () -> { });
            ((SingleInstance.First) first).instance().close();
            assertFalse(Files.exists(folder.resolve(SingleInstance.PORT_FILE)));
            SingleInstance.Claim again = SingleInstance.claim(folder, () -> { });
            assertInstanceOf(SingleInstance.First.class, again);
            ((SingleInstance.First) again).instance().close();
        }
    }

    @Nested
    class ASecondStart {
        @Test
        void asksTheRunningInstanceToShowItsStatusWindow() throws Exception {
            CountDownLatch shown = new CountDownLatch(1);
            SingleInstance.First first = (SingleInstance.First) SingleInstance.claim(folder, shown::countDown);
            try (SingleInstance running = first.instance()) {
                SingleInstance.Claim second = SingleInstance.claim(folder, () -> { });
                assertEquals(new SingleInstance.Running(true), second);
                assertTrue(shown.await(5, TimeUnit.SECONDS));
            }
        }

        @Test
        void isNotObeyedWithoutTheToken() throws Exception {
            AtomicInteger shown = new AtomicInteger();
            SingleInstance.First first = (SingleInstance.First) SingleInstance.claim(folder, shown::incrementAndGet);
            try (SingleInstance running = first.instance()) {
                Files.writeString(folder.resolve(SingleInstance.PORT_FILE), running.port() + " " + "0".repeat(32) + "\n");
                assertFalse(SingleInstance.tellRunning(folder));
                assertEquals(0, shown.get());
            }
        }
    }

    @Nested
    class ADamagedPortFile {
        @Test
        void aPortBeyond65535IsNoAddressToTalkTo() throws IOException {
            Files.writeString(folder.resolve(SingleInstance.PORT_FILE), "99999 " + "0123456789abcdef".repeat(2) + "\n");
            assertTrue(SingleInstance.readPortFile(folder).isEmpty());
        }

        @Test
        void aPortOfZeroIsNoAddressEither() throws IOException {
            Files.writeString(folder.resolve(SingleInstance.PORT_FILE), "0 " + "0123456789abcdef".repeat(2) + "\n");
            assertTrue(SingleInstance.readPortFile(folder).isEmpty());
        }
    }
}
