package org.kmstray.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JndiSrvResolverTest {
    @Nested
    class AgainstALoopbackDnsServer {
        @Test
        void recordsComeBackWithPriorityWeightPortAndTargetWithoutTrailingDot() throws Exception {
            Map<String, List<SrvRecord>> table = Map.of("_vlmcs._tcp.example.test", List.of(
                    new SrvRecord(0, 100, 1688, "kms1.example.test"), new SrvRecord(10, 0, 1689, "KMS2.Example.Test")));
            try (FakeDnsServer dns = new FakeDnsServer(table, false)) {
                List<SrvRecord> got = new JndiSrvResolver(dns.url()).lookup("_vlmcs._tcp.example.test", Duration.ofSeconds(2));
                assertEquals(2, got.size());
                assertTrue(got.contains(new SrvRecord(0, 100, 1688, "kms1.example.test")), got.toString());
                assertTrue(got.contains(new SrvRecord(10, 0, 1689, "kms2.example.test")), got.toString());
            }
        }

        @Test
        void aNameThatDoesNotExistGivesNoRecords() throws Exception {
            try (FakeDnsServer dns = new FakeDnsServer(Map.of(), false)) {
                assertEquals(List.of(), new JndiSrvResolver(dns.url()).lookup("_vlmcs._tcp.nowhere.test", Duration.ofSeconds(2)));
            }
        }

        @Test
        void aServerThatNeverAnswersFailsWithinTheBudgetAfterOneQuery() throws Exception {
            try (FakeDnsServer dns = new FakeDnsServer(Map.of(), true)) {
                long start = System.nanoTime();
                assertThrows(SrvLookupException.class,
                        () -> new JndiSrvResolver(dns.url()).lookup("_vlmcs._tcp.example.test", Duration.ofMillis(300)));
                long wall = (System.nanoTime() - start) / 1_000_000;
                assertTrue(wall < 300 + 1500, wall + " ms");
                assertEquals(1, dns.queries(), "one attempt, no retries");
            }
        }
    }

    @Nested
    class RecordText {
        @Test
        void theProvidersTextFormIsRead() {
            assertEquals(new SrvRecord(0, 5, 1688, "kms.example.edu"), JndiSrvResolver.parse("0 5 1688 kms.example.edu."));
        }

        @Test
        void theRootTargetMeansNoServiceAndIsDropped() {
            assertNull(JndiSrvResolver.parse("0 0 0 ."));
            assertNull(JndiSrvResolver.parse("0 0 1688 ."));
        }

        @Test
        void targetsThatAreNoHostNamesAreDropped() {
            assertNull(JndiSrvResolver.parse("0 0 1688 evil;calc."));
            assertNull(JndiSrvResolver.parse("0 0 99999 kms.example.edu."));
            assertNull(JndiSrvResolver.parse("garbage"));
        }
    }
}
