package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.cli.Cli;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.testing.InMemoryPreferences;

/**
 * {@code renew} through the jar's own wiring (AppEnvironment) in demo mode: the real probe against the
 * network code's loopback KMS responder, the real classifier on a synthetic network (one Ethernet adapter
 * at 140.112.30.5, made up), in-memory preferences and a fixed clock.
 */
class RenewCommandLineTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);
    static final NetworkSnapshot ETHERNET = new NetworkSnapshot(List.of(new Adapter("eth1", "Intel(R) Ethernet Connection I219-LM",
            "Ethernet 2", 6, true, List.of(new Address("140.112.30.5", 24)))), List.of(), List.of());

    record Run(int exit, String out, String err) {
    }

    private final AtomicInteger snapshots = new AtomicInteger();

    @TempDir
    Path dir;

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InMemoryPreferences prefs = new InMemoryPreferences();
        AppEnvironment env = new AppEnvironment(CLOCK, () -> prefs, () -> {
            snapshots.incrementAndGet();
            return ETHERNET;
        });
        int code = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0])).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String config(String... lines) throws IOException {
        return Files.write(dir.resolve("kms-tray.properties"), List.of(lines)).toString();
    }

    @Nested
    class AgainstALoopbackKmsResponder {
        @Test
        void renewsTheDemoPcAndExitsZeroBecauseThe180DaysAreBack() throws IOException {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                Run r = run("renew", "--demo", "--kms", "127.0.0.1:" + kms.port(), "--lang", "en");

                assertEquals(0, r.exit(), r.out() + r.err());
                assertTrue(r.out().startsWith("Renewed: every product on this PC"), r.out());
                assertTrue(r.out().contains("The KMS host 127.0.0.1 answered on port " + kms.port()), r.out());
                assertTrue(r.out().contains("activated, 180 days left (expires May 25, 2027)."), r.out());
                assertTrue(r.out().contains("Visio 2019 Professional: activation succeeded."), r.out());
                assertTrue(r.out().contains("(exit code 0)"), r.out());
            }
        }

        @Test
        void usesTheConfiguredHostWhenNoneIsGiven() throws IOException {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                String file = config("kms.host=127.0.0.1", "kms.port=" + kms.port());

                Run r = run("renew", "--demo", "--config", file, "--json");

                assertEquals(0, r.exit(), r.out() + r.err());
                assertTrue(r.out().contains("\"outcome\": \"RENEWED\""), r.out());
            }
        }

        @Test
        void printsTheDocumentedJson() throws IOException {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                Run r = run("renew", "--demo", "--json", "--kms", "127.0.0.1:" + kms.port(), "--lang", "en");

                assertEquals(0, r.exit());
                String j = r.out();
                assertTrue(j.startsWith("{\n  \"outcome\": \"RENEWED\",\n  \"probe\": {"), j);
                for (String field : List.of("\"outcome\": \"KMS_ANSWERED\"", "\"host\": \"127.0.0.1\"", "\"port\": " + kms.port(),
                        "\"location\": {", "\"location\": \"UNKNOWN\"", "\"key\": \"network.evidence.campusNotConfigured\"",
                        "\"products\": [", "\"activation\": {", "\"succeeded\": true", "\"code\": null", "\"remainingMinutes\": 259200",
                        "\"kmsHost\": \"127.0.0.1\"", "\"errors\": []", "\"notRenewed\": []", "\"vpnClient\": null",
                        "\"failure\": null", "\"message\": \"Renewed:", "\"verdict\": \"OK\"")) {
                    assertTrue(j.contains(field), field + " in " + j);
                }
            }
        }

        @Test
        void speaksTraditionalChinese() throws IOException {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                Run r = run("--lang", "zh-TW", "renew", "--demo", "--kms", "127.0.0.1:" + kms.port());

                assertEquals(0, r.exit());
                assertTrue(r.out().startsWith("更新啟用完成"), r.out());
                assertTrue(r.out().contains("已啟用，剩 180 天"), r.out());
                assertTrue(r.out().contains("結束代碼 0"), r.out());
            }
        }
    }

    @Nested
    class AgainstADeadPort {
        @Test
        void withNoCampusNetworksTheUserIsAskedForTheVpnAndTheExitCodeStillSaysExpiring() throws IOException {
            String file = config("vpn.client=https://vpn.example.edu/");

            Run r = run("renew", "--demo", "--config", file, "--kms", "127.0.0.1:" + LoopbackKmsResponder.closedPort(), "--lang", "en");

            assertEquals(1, r.exit(), "12 days left, nothing renewed");
            assertTrue(r.out().contains("Connect to the campus VPN first"), r.out());
            assertTrue(r.out().contains("Your organization's VPN client: https://vpn.example.edu/"), r.out());
            assertTrue(r.out().contains("refused the connection"), r.out());
        }

        @Test
        void onACampusNetworkTheHostIsUnreachable() throws IOException {
            String file = config("campus.networks=140.112.0.0/16");

            Run r = run("renew", "--demo", "--config", file, "--json", "--kms", "127.0.0.1:" + LoopbackKmsResponder.closedPort());

            assertEquals(1, r.exit());
            assertTrue(r.out().contains("\"outcome\": \"KMS_UNREACHABLE\""), r.out());
            assertTrue(r.out().contains("\"outcome\": \"REFUSED\""), r.out());
            assertTrue(r.out().contains("\"location\": \"ON_CAMPUS\""), r.out());
        }

        @Test
        void anExpiredDemoPcStaysAProblem() {
            Run r = run("renew", "--demo-days", "0", "--kms", "127.0.0.1:" + closedPort(), "--lang", "en");

            assertEquals(2, r.exit(), r.out());
        }

        private int closedPort() {
            try {
                return LoopbackKmsResponder.closedPort();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Nested
    class BadInput {
        @ParameterizedTest
        @ValueSource(strings = {"kms.edu;calc", "\"a b\"", "-x", "a&&b", "%PATH%", "kms.ex\u0430mple.edu", "kms.example.edu:0",
                "kms.example.edu:65536"})
        void aHostileKmsOptionIsRefusedWithExitThreeBeforeAnythingRuns(String value) {
            Run r = run("renew", "--demo", "--kms", value, "--lang", "en");

            assertEquals(3, r.exit(), r.err());
            assertFalse(r.err().isBlank());
            assertEquals("", r.out());
            assertEquals(0, snapshots.get(), "not even the network was looked at");
        }

        @Test
        void aNameLongerThan253CharactersIsRefused() {
            Run r = run("renew", "--demo", "--kms", "a".repeat(300), "--lang", "en");

            assertEquals(3, r.exit());
            assertTrue(r.err().contains("longer than 253"), r.err());
        }

        @Test
        void withoutWindowsAndWithoutDemoItSaysSoWithExitThree() {
            org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name", "").startsWith("Windows"));

            Run r = run("renew", "--lang", "en");

            assertEquals(3, r.exit());
            assertTrue(r.err().contains("Add --demo"), r.err());
        }
    }

    @Test
    void isListedInTheHelpWithItsOptions() {
        assertTrue(run("--help", "--lang", "en").out().contains("renew [--kms HOST[:PORT]]"));
        Run r = run("renew", "--help", "--lang", "en");
        assertTrue(r.out().contains("  --kms HOST[:PORT]  use this KMS host for this run only"), r.out());
    }
}
