package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.CommandLineTest.Run;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.LoopbackKmsResponder.Mode;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.platform.oshi.OshiNetworkSnapshotSource;
import org.kmstray.settings.Cidr;

/** {@code network} and {@code check-kms} through the jar's own wiring; every socket stays on loopback. */
class NetworkCommandLineTest {
    private static Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Nested
    class CheckKmsAgainstLoopback {
        @Test
        void aBindAckIsExitZeroInEnglish() throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                Run run = run("check-kms", "127.0.0.1:" + r.port(), "--lang", "en");
                assertEquals(0, run.exit(), run.out() + run.err());
                assertTrue(run.out().startsWith("The KMS host 127.0.0.1 answered on port " + r.port() + " (address 127.0.0.1, "), run.out());
                assertTrue(run.out().contains("Result: the KMS host answers (exit code 0)."), run.out());
                assertEquals("", run.err());
            }
        }

        @Test
        void aBindAckIsExitZeroInChinese() throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                Run run = run("--lang", "zh-TW", "check-kms", "127.0.0.1:" + r.port());
                assertEquals(0, run.exit());
                assertTrue(run.out().startsWith("KMS 主機 127.0.0.1 已在連接埠 " + r.port() + " 回應（位址 127.0.0.1，"), run.out());
                assertTrue(run.out().contains("結果：KMS 主機有回應（結束代碼 0）。"), run.out());
            }
        }

        @Test
        void jsonHasExactlyTheDocumentedFieldsInOrder() throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                Run run = run("check-kms", "127.0.0.1:" + r.port(), "--json");
                assertEquals(0, run.exit());
                Matcher m = Pattern.compile("\"(\\w+)\":").matcher(run.out());
                List<String> keys = m.results().map(x -> x.group(1)).toList();
                assertEquals(List.of("host", "port", "outcome", "address", "millis", "detail"), keys);
                assertTrue(run.out().contains("\"host\": \"127.0.0.1\""), run.out());
                assertTrue(run.out().contains("\"port\": " + r.port() + ","), run.out());
                assertTrue(run.out().contains("\"outcome\": \"KMS_ANSWERED\""), run.out());
                assertTrue(run.out().contains("\"address\": \"127.0.0.1\""), run.out());
                assertTrue(run.out().matches("(?s).*\"millis\": \\d+,.*"), run.out());
            }
        }

        @Test
        void anIpv6LiteralInBracketsWithAPort() throws IOException {
            LoopbackKmsResponder r;
            try {
                r = LoopbackKmsResponder.startIpv6(Mode.BIND_ACK);
            } catch (IOException e) {
                assumeTrue(false, "no IPv6 loopback here");
                return;
            }
            try (r) {
                Run run = run("check-kms", "[::1]:" + r.port(), "--json");
                assertEquals(0, run.exit(), run.out() + run.err());
                assertTrue(run.out().contains("\"host\": \"::1\""), run.out());
                assertTrue(run.out().contains("\"address\": \"::1\""), run.out());
                assertTrue(run.out().contains("\"detail\": \"[::1]:" + r.port() + ": "), run.out());
            }
        }

        @Test
        void aBindNakIsExitOneNotKms() throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_NAK)) {
                Run run = run("check-kms", "127.0.0.1:" + r.port(), "--json");
                assertEquals(1, run.exit());
                assertTrue(run.out().contains("\"outcome\": \"NOT_KMS\""), run.out());
            }
        }

        @Test
        void aClosedPortIsExitOneRefusedInChinese() throws IOException {
            Run run = run("check-kms", "127.0.0.1:" + LoopbackKmsResponder.closedPort(), "--lang", "zh-TW");
            assertEquals(1, run.exit());
            assertTrue(run.out().contains("拒絕了連接埠"), run.out());
            assertTrue(run.out().contains("結束代碼 1"), run.out());
        }

        @Test
        void aSilentHostTimesOutWithinTheGivenTimeout() throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.SILENT)) {
                long start = System.nanoTime();
                Run run = run("check-kms", "127.0.0.1:" + r.port(), "--timeout-ms", "300", "--json");
                long wall = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, run.exit());
                assertTrue(run.out().contains("\"outcome\": \"TIMEOUT\""), run.out());
                assertTrue(wall < 300 + 1500, wall + " ms");
            }
        }

        @Test
        void theConfiguredHostAndPortAreUsedWhenNoneIsGiven(@TempDir Path dir) throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                Path config = dir.resolve("kms-tray.properties");
                Files.writeString(config, "kms.host=127.0.0.1\nkms.port=" + r.port() + "\n", StandardCharsets.UTF_8);
                Run run = run("check-kms", "--config", config.toString(), "--json");
                assertEquals(0, run.exit(), run.out() + run.err());
                assertTrue(run.out().contains("\"port\": " + r.port()), run.out());
            }
        }

        @Test
        void aPortOnTheCommandLineBeatsTheConfiguredOne(@TempDir Path dir) throws IOException {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                Path config = dir.resolve("kms-tray.properties");
                Files.writeString(config, "kms.host=127.0.0.1\nkms.port=" + LoopbackKmsResponder.closedPort() + "\n", StandardCharsets.UTF_8);
                assertEquals(0, run("check-kms", "127.0.0.1:" + r.port(), "--config", config.toString()).exit());
            }
        }

        @Test
        void anUnusableConfiguredHostIsReportedInTheChosenLanguage(@TempDir Path dir) throws IOException {
            Path config = dir.resolve("kms-tray.properties");
            Files.writeString(config, "kms.host=kms.example.edu;calc\n", StandardCharsets.UTF_8);
            // The host falls back to discovery; the probe itself is not what this test is about.
            Run run = run("check-kms", "127.0.0.1:" + LoopbackKmsResponder.closedPort(), "--config", config.toString(), "--lang", "zh-TW");
            assertTrue(run.err().contains("設定項目 kms.host 的值「kms.example.edu;calc」無法使用"), run.err());
        }
    }

    @Nested
    class CheckKmsBadInput {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"kms.example.edu;calc", "kms example.edu", "127.0.0.1:0", "127.0.0.1:70000", "", "[::1", "kms.example.edu:"})
        void isExitThreeWithASentenceAndNothingIsSent(String word) throws Exception {
            try (LoopbackKmsResponder r = LoopbackKmsResponder.start(Mode.BIND_ACK)) {
                String aimed = word.replace("1688", String.valueOf(r.port()));
                for (String lang : List.of("en", "zh-TW")) {
                    Run run = run("check-kms", aimed, "--lang", lang);
                    assertEquals(3, run.exit(), run.err());
                    assertEquals("", run.out());
                    assertFalse(run.err().contains("Exception"), run.err());
                    assertTrue(run.err().contains(lang.equals("en") ? "Run \u201Ccheck-kms --help\u201D" : "執行「check-kms --help」"), run.err());
                }
                Thread.sleep(100);
                assertEquals(0, r.connections(), "nothing was sent");
            }
        }

        @Test
        void aHostWithASemicolonIsNamedInTheMessage() {
            Run run = run("check-kms", "kms.example.edu;calc", "--lang", "en");
            assertTrue(run.err().startsWith("\u201Ckms.example.edu;calc\u201D is not a host name"), run.err());
            Run zh = run("check-kms", "kms.example.edu;calc", "--lang", "zh-TW");
            assertTrue(zh.err().startsWith("「kms.example.edu;calc」不是主機名稱"), zh.err());
        }

        @Test
        void portsOutOfRangeAreExplained() {
            assertTrue(run("check-kms", "127.0.0.1:70000", "--lang", "en").err()
                    .startsWith("The port must be a whole number from 1 to 65535, not \u201C70000\u201D."));
            assertTrue(run("check-kms", "127.0.0.1:0", "--lang", "zh-TW").err().startsWith("連接埠必須是 1 到 65535 之間的整數，不能是「0」。"));
        }

        @ParameterizedTest(name = "--timeout-ms {0}")
        @ValueSource(strings = {"0", "abc", "-5", "10", "99999999"})
        void aTimeoutOutOfRangeIsExitThree(String value) {
            assertEquals(3, run("check-kms", "127.0.0.1:1688", "--timeout-ms", value).exit());
        }

        @Test
        void twoHostsAreExitThree() {
            assertEquals(3, run("check-kms", "127.0.0.1", "127.0.0.2").exit());
        }

        @Test
        void helpShowsTheSyntaxInBothLanguages() {
            assertTrue(run("check-kms", "--help", "--lang", "en").out().contains("check-kms [HOST[:PORT]] [--timeout-ms N] [--json] [--config FILE]"));
            assertTrue(run("check-kms", "--help", "--lang", "zh-TW").out().contains("結束代碼：0 KMS 主機有回應"));
        }
    }

    @Nested
    class NetworkOnThisMachine {
        @Test
        void printsTheLocationEvidenceAndAdaptersInEnglish() {
            Run run = run("network", "--lang", "en");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().startsWith("Location: Unknown\n  \u2022 No campus networks or campus DNS suffixes are configured"), run.out());
            assertTrue(run.out().contains("Network adapters with an address:"), run.out());
        }

        @Test
        void printsTheLocationInChinese() {
            Run run = run("network", "--lang", "zh-TW");
            assertEquals(0, run.exit());
            assertTrue(run.out().startsWith("位置：無法判斷\n  • 尚未設定校園網段或校園 DNS 尾碼"), run.out());
        }

        @Test
        void jsonHasTheDocumentedShapeAndNoLoopback() {
            Run run = run("network", "--json");
            assertEquals(0, run.exit());
            String j = run.out();
            assertTrue(j.startsWith("{\n  \"location\": \"UNKNOWN\",\n  \"evidence\": [\n"), j);
            assertTrue(j.contains("\"key\": \"network.evidence.campusNotConfigured\""), j);
            assertTrue(j.contains("\"adapters\": "), j);
            assertFalse(j.contains("\"127.0.0.1/8\"") || j.contains("\"::1/128\""), j);
            assertTrue(j.chars().allMatch(c -> c < 0x7f), "pure ASCII");
        }

        @Test
        void anAddressOfThisMachineInsideTheCampusNetworksIsOnCampus(@TempDir Path dir) throws IOException {
            NetworkSnapshot s = new OshiNetworkSnapshotSource().take();
            Optional<String> mine = s.adapters().stream().filter(NetworkSnapshot.Adapter::up)
                    .flatMap(a -> a.addresses().stream()).map(NetworkSnapshot.Address::address)
                    .filter(t -> {
                        InetAddress ip = Cidr.literal(t);
                        return ip != null && !ip.isLinkLocalAddress() && !ip.isLoopbackAddress();
                    }).findFirst();
            assumeTrue(mine.isPresent(), "this machine has no usable address");
            String cidr = mine.get() + (mine.get().contains(":") ? "/128" : "/32");
            Path config = dir.resolve("kms-tray.properties");
            Files.writeString(config, "campus.networks=" + cidr + "\n", StandardCharsets.UTF_8);
            Run run = run("network", "--config", config.toString(), "--json", "--lang", "en");
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("\"location\": \"ON_CAMPUS\""), run.out());
            assertTrue(run.out().contains("inside campus network " + cidr), run.out());
        }

        @Test
        void anUnusableCampusNetworkIsReportedAndTheCommandStillAnswers(@TempDir Path dir) throws IOException {
            Path config = dir.resolve("kms-tray.properties");
            Files.writeString(config, "campus.networks=140.112.0.0/99\n", StandardCharsets.UTF_8);
            Run run = run("network", "--config", config.toString(), "--lang", "en");
            assertEquals(0, run.exit());
            assertTrue(run.err().contains("The setting campus.networks has an unusable value \u201C140.112.0.0/99\u201D"), run.err());
        }

        @Test
        void anUnknownOptionIsExitThree() {
            assertEquals(3, run("network", "--bogus").exit());
            assertEquals(3, run("network", "extra").exit());
        }
    }
}
