package org.kmstray.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.network.LoopbackKmsResponder.Mode;
import org.kmstray.network.rpc.BindPdu;
import org.kmstray.settings.HostName;

class TcpKmsProbeTest {
    private static final Duration TIMEOUT = Duration.ofMillis(2000);
    /** Generous: this checks that the deadline is honoured at all, not how fast the machine is. */
    private static final long MARGIN_MS = 5000;

    private static final SrvResolver NO_SRV = (name, timeout) -> {
        throw new AssertionError("no SRV lookup expected when a host is given");
    };

    private static TcpKmsProbe probe(HostResolver resolver, SrvResolver srv, List<String> suffixes) {
        return new TcpKmsProbe(resolver, srv, () -> suffixes, new SplittableRandom(1));
    }

    private static final TcpKmsProbe LITERALS_ONLY = probe(HostResolver.SYSTEM, NO_SRV, List.of());

    private static ProbeResult probeLoopback(LoopbackKmsResponder r, Duration timeout) {
        return LITERALS_ONLY.probe(Optional.of(new HostName(r.address().getHostAddress())), r.port(), timeout);
    }

    private static HostResolver fakeDns(Map<String, List<InetAddress>> names) {
        return host -> {
            List<InetAddress> a = names.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        };
    }

    private static InetAddress loopback4() throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    }

    @Nested
    class AgainstALoopbackResponder {
        @Test
        void aProperBindAckMeansTheKmsHostAnswered() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                ProbeResult result = probeLoopback(r, TIMEOUT);
                assertEquals(ProbeOutcome.KMS_ANSWERED, result.outcome(), result.detail());
                assertTrue(result.answered());
                assertEquals("127.0.0.1", result.host());
                assertEquals("127.0.0.1", result.address());
                assertEquals(r.port(), result.port());
                assertTrue(result.millis() >= 0 && result.millis() < TIMEOUT.toMillis(), "millis " + result.millis());
            }
        }

        @Test
        void theProbeSendsOneBindAndNothingElse() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                probeLoopback(r, TIMEOUT);
                assertTrue(r.awaitFirstConnection(5000), "the probe closes its connection");
                List<byte[]> sent = r.received();
                assertEquals(1, sent.size(), "one connection");
                byte[] bytes = sent.get(0);
                assertEquals(72, bytes.length, "exactly one 72-byte bind, no request PDU after it");
                assertEquals(BindPdu.PTYPE_BIND, bytes[2]);
            }
        }

        @Test
        void overIpv6TheBracketFreeAddressIsReported() throws Exception {
            LoopbackKmsResponder r;
            try {
                r = LoopbackKmsResponder.startIpv6(Mode.BIND_ACK);
            } catch (IOException e) {
                assumeTrue(false, "no IPv6 loopback here: " + e.getMessage());
                return;
            }
            try (r) {
                ProbeResult result = LITERALS_ONLY.probe(Optional.of(new HostName("::1")), r.port(), TIMEOUT);
                assertEquals(ProbeOutcome.KMS_ANSWERED, result.outcome(), result.detail());
                assertEquals("::1", result.address(), "RFC 5952 short form");
                assertTrue(result.detail().startsWith("[::1]:" + r.port()), result.detail());
            }
        }

        @Test
        void aBindNakIsNotKms() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_NAK)) {
                ProbeResult result = probeLoopback(r, TIMEOUT);
                assertEquals(ProbeOutcome.NOT_KMS, result.outcome());
                assertTrue(result.detail().contains("bind_nak reason 4"), result.detail());
            }
        }

        @Test
        void aBindAckThatRejectsTheContextIsNotKms() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK_REJECTING)) {
                ProbeResult result = probeLoopback(r, TIMEOUT);
                assertEquals(ProbeOutcome.NOT_KMS, result.outcome());
                assertTrue(result.detail().contains("provider rejection"), result.detail());
            }
        }

        @Test
        void anHttpServerIsNotKms() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.HTTP)) {
                ProbeResult result = probeLoopback(r, TIMEOUT);
                assertEquals(ProbeOutcome.NOT_KMS, result.outcome());
                assertTrue(result.detail().contains("HTTP/1.1 400"), result.detail());
            }
        }

        @Test
        void garbageIsNotKms() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.GARBAGE)) {
                assertEquals(ProbeOutcome.NOT_KMS, probeLoopback(r, TIMEOUT).outcome());
            }
        }

        @Test
        void aServerThatClosesAtOnceIsNotKms() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.CLOSE_AT_ONCE)) {
                ProbeResult result = probeLoopback(r, TIMEOUT);
                assertEquals(ProbeOutcome.NOT_KMS, result.outcome(), result.detail());
            }
        }

        @Test
        void aServerThatNeverAnswersTimesOutWithinTheTimeout() throws Exception {
            Duration timeout = Duration.ofMillis(400);
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.SILENT)) {
                long start = System.nanoTime();
                ProbeResult result = probeLoopback(r, timeout);
                long wall = (System.nanoTime() - start) / 1_000_000;
                assertEquals(ProbeOutcome.TIMEOUT, result.outcome(), result.detail());
                assertEquals("127.0.0.1", result.address());
                assertTrue(result.millis() >= timeout.toMillis() - 50, "waited the timeout out: " + result.millis());
                assertTrue(wall < timeout.toMillis() + MARGIN_MS, "finished within the timeout plus a margin: " + wall + " ms");
            }
        }

        @Test
        void aClosedPortIsRefused() throws Exception {
            int port = LoopbackKmsResponder.closedPort();
            ProbeResult result = LITERALS_ONLY.probe(Optional.of(new HostName("127.0.0.1")), port, TIMEOUT);
            assertEquals(ProbeOutcome.REFUSED, result.outcome(), result.detail());
            assertEquals("127.0.0.1", result.address());
        }
    }

    @Nested
    class NameResolution {
        @Test
        void anUnresolvableNameIsDnsFailedWithNoAddress() {
            TcpKmsProbe p = probe(fakeDns(Map.of()), NO_SRV, List.of());
            ProbeResult result = p.probe(Optional.of(new HostName("kms.example.test")), 1688, TIMEOUT);
            assertEquals(ProbeOutcome.DNS_FAILED, result.outcome());
            assertEquals("kms.example.test", result.host());
            assertNull(result.address());
        }

        @Test
        void aResolverThatHangsCostsNoMoreThanTheTimeout() {
            HostResolver hanging = host -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new UnknownHostException(host);
            };
            Duration timeout = Duration.ofMillis(300);
            long start = System.nanoTime();
            ProbeResult result = probe(hanging, NO_SRV, List.of()).probe(Optional.of(new HostName("kms.example.test")), 1688, timeout);
            long wall = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ProbeOutcome.DNS_FAILED, result.outcome());
            assertTrue(result.detail().contains("did not finish"), result.detail());
            assertTrue(wall < timeout.toMillis() + MARGIN_MS, wall + " ms");
        }

        @Test
        void eachAddressIsTriedInOrderUntilOneAnswers() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                // 127.0.0.2 is loopback too on Linux and Windows, and nothing listens there on this port.
                InetAddress other = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
                TcpKmsProbe p = probe(fakeDns(Map.of("kms.example.test", List.of(other, loopback4()))), NO_SRV, List.of());
                ProbeResult result = p.probe(Optional.of(new HostName("kms.example.test")), r.port(), TIMEOUT);
                assertEquals(ProbeOutcome.KMS_ANSWERED, result.outcome(), result.detail());
                assertEquals("127.0.0.1", result.address());
                assertTrue(result.detail().startsWith("127.0.0.2:" + r.port() + ": "), result.detail());
            }
        }

        @Test
        void theMostTellingAttemptIsReportedWhenNoneAnswers() throws Exception {
            try (LoopbackKmsResponder nak = LoopbackKmsResponder.start(Mode.BIND_NAK)) {
                InetAddress other = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
                TcpKmsProbe p = probe(fakeDns(Map.of("kms.example.test", List.of(loopback4(), other))), NO_SRV, List.of());
                ProbeResult result = p.probe(Optional.of(new HostName("kms.example.test")), nak.port(), TIMEOUT);
                assertEquals(ProbeOutcome.NOT_KMS, result.outcome(), "a server that answered tells more than a refusal");
                assertEquals("127.0.0.1", result.address());
            }
        }

        @Test
        void literalsNeverReachTheResolver() throws Exception {
            assertEquals(List.of(loopback4()), HostResolver.SYSTEM.resolve("127.0.0.1"));
            assertEquals(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 10}), HostResolver.SYSTEM.resolve("192.0.2.10").get(0));
        }
    }

    @Nested
    class DiscoveryWithoutAHost {
        @Test
        void noSuffixMeansNoHost() {
            ProbeResult result = probe(fakeDns(Map.of()), NO_SRV, List.of()).probe(Optional.empty(), 1688, TIMEOUT);
            assertEquals(ProbeOutcome.NO_HOST, result.outcome());
            assertNull(result.host());
            assertNull(result.address());
        }

        @Test
        void suffixesWithoutRecordsMeanNoHostAndAreNamed() {
            List<String> asked = new ArrayList<>();
            SrvResolver empty = (name, timeout) -> {
                asked.add(name);
                return List.of();
            };
            ProbeResult result = probe(fakeDns(Map.of()), empty, List.of("Campus.Example.EDU.", "home.test"))
                    .probe(Optional.empty(), 1688, TIMEOUT);
            assertEquals(ProbeOutcome.NO_HOST, result.outcome());
            assertEquals(List.of("_vlmcs._tcp.campus.example.edu", "_vlmcs._tcp.home.test"), asked);
            assertTrue(result.detail().contains("campus.example.edu, home.test"), result.detail());
        }

        @Test
        void dnsThatCannotBeAskedIsDnsFailed() {
            SrvResolver broken = (name, timeout) -> {
                throw new SrvLookupException("no DNS server answered", null);
            };
            ProbeResult result = probe(fakeDns(Map.of()), broken, List.of("example.test")).probe(Optional.empty(), 1688, TIMEOUT);
            assertEquals(ProbeOutcome.DNS_FAILED, result.outcome());
        }

        @Test
        void theRecordsHostAndPortAreProbedInPriorityOrder() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                int closed = LoopbackKmsResponder.closedPort();
                SrvResolver srv = (name, timeout) -> name.equals("_vlmcs._tcp.example.test")
                        ? List.of(new SrvRecord(10, 0, closed, "backup.example.test"), new SrvRecord(0, 100, r.port(), "kms.example.test"))
                        : List.of();
                HostResolver dns = fakeDns(Map.of("kms.example.test", List.of(loopback4()), "backup.example.test", List.of(loopback4())));
                ProbeResult result = probe(dns, srv, List.of("nothing.test", "example.test")).probe(Optional.empty(), 1688, TIMEOUT);
                assertEquals(ProbeOutcome.KMS_ANSWERED, result.outcome(), result.detail());
                assertEquals("kms.example.test", result.host());
                assertEquals(r.port(), result.port(), "the SRV record's port, not the configured one");
                assertTrue(result.detail().contains("found through _vlmcs._tcp.example.test"), result.detail());
                assertTrue(!result.detail().contains("backup"), "the lower-priority record was not needed: " + result.detail());
            }
        }

        @Test
        void aLowerPriorityRecordIsTriedWhenTheFirstFails() throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                SrvResolver srv = (name, timeout) -> List.of(new SrvRecord(0, 0, r.port(), "gone.example.test"),
                        new SrvRecord(5, 0, r.port(), "kms.example.test"));
                HostResolver dns = fakeDns(Map.of("kms.example.test", List.of(loopback4())));
                ProbeResult result = probe(dns, srv, List.of("example.test")).probe(Optional.empty(), 1688, TIMEOUT);
                assertEquals(ProbeOutcome.KMS_ANSWERED, result.outcome(), result.detail());
                assertTrue(result.detail().contains("gone.example.test: the name could not be resolved"), result.detail());
            }
        }
    }

    @Nested
    class Arguments {
        @Test
        void portsOutsideTheTcpRangeAreAProgrammingError() {
            assertThrows(IllegalArgumentException.class, () -> LITERALS_ONLY.probe(Optional.empty(), 0, TIMEOUT));
            assertThrows(IllegalArgumentException.class, () -> LITERALS_ONLY.probe(Optional.empty(), 70000, TIMEOUT));
        }

        @Test
        void aTimeoutMustBePositive() {
            assertThrows(IllegalArgumentException.class, () -> LITERALS_ONLY.probe(Optional.empty(), 1688, Duration.ZERO));
        }
    }
}
