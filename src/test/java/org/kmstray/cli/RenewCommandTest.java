package org.kmstray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.platform.demo.DemoActivationRunner;
import org.kmstray.platform.demo.DemoLicenseState;
import org.kmstray.platform.demo.StandInLoopbackKms;
import org.kmstray.renewal.JoiningRenewer;
import org.kmstray.renewal.RenewalProcedure;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.Renewer;
import org.kmstray.settings.HostName;
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/** {@code renew} with the demo PC, over loopback, through the command-line front. */
class RenewCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);

    record Run(int exit, String out, String err) {
    }

    /** The demo wiring, with the location fixed (the classifier is the network code's) and requests recorded. */
    static final class DemoEnvironment implements CliEnvironment {
        final List<RenewalRequest> requests = new ArrayList<>();
        Location location = Location.UNKNOWN;
        boolean windows = false;
        boolean canRenew = true;
        final InMemoryPreferences prefs = new InMemoryPreferences();

        @Override
        public boolean isWindows() {
            return windows;
        }

        @Override
        public Clock clock() {
            return CLOCK;
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        public Settings settings(Optional<Path> configFile) {
            return new Settings(prefs, OrganisationPolicy.NONE);
        }

        @Override
        public Services services(Settings settings, DemoOptions demo) {
            DemoLicenseState state = new DemoLicenseState(CLOCK, demo.daysLeft());
            Renewer renewer = new JoiningRenewer(new RenewalProcedure(state, StandInLoopbackKms.PROBE,
                    () -> new LocationReport(location, List.of()), new DemoActivationRunner(state, StandInLoopbackKms.PROBE,
                    Duration.ofSeconds(1)), settings));
            Renewer recording = new Renewer() {
                @Override
                public CompletableFuture<RenewalReport> renew(RenewalRequest request) {
                    requests.add(request);
                    return renewer.renew(request);
                }

                @Override
                public boolean isRunning() {
                    return renewer.isRunning();
                }
            };
            return new Services() {
                @Override
                public org.kmstray.license.LicenseReader licenseReader() {
                    return state;
                }

                @Override
                public Optional<Renewer> renewer() {
                    return canRenew ? Optional.of(recording) : Optional.empty();
                }
            };
        }

        Run run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(this, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream(new byte[0])).run(List.of(args));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private final DemoEnvironment env = new DemoEnvironment();

    @Nested
    class AgainstALoopbackKmsResponder {
        @Test
        void renewsTheDemoPcAndExitsZeroBecauseThe180DaysAreBack() throws IOException {
            try (StandInLoopbackKms kms = new StandInLoopbackKms()) {
                Run r = env.run("renew", "--demo", "--kms", "127.0.0.1:" + kms.port(), "--lang", "en");

                assertEquals(0, r.exit(), r.out() + r.err());
                assertTrue(r.out().startsWith("Renewed: every product on this PC"), r.out());
                assertTrue(r.out().contains("KMS host 127.0.0.1, port " + kms.port() + ": it answered."), r.out());
                assertTrue(r.out().contains("activated, 180 days left (expires May 25, 2027)."), r.out());
                assertTrue(r.out().contains("activation succeeded."), r.out());
            }
        }

        @Test
        void printsTheDocumentedJson() throws IOException {
            try (StandInLoopbackKms kms = new StandInLoopbackKms()) {
                Run r = env.run("renew", "--demo", "--json", "--kms", "127.0.0.1:" + kms.port());

                assertEquals(0, r.exit());
                String j = r.out();
                for (String field : List.of("\"outcome\": \"RENEWED\"", "\"probe\": {", "\"outcome\": \"KMS_ANSWERED\"",
                        "\"host\": \"127.0.0.1\"", "\"port\": " + kms.port(), "\"location\": {", "\"location\": \"UNKNOWN\"",
                        "\"evidence\": []", "\"products\": [", "\"activation\": {", "\"succeeded\": true", "\"remainingMinutes\": 259200",
                        "\"kmsHost\": \"127.0.0.1\"", "\"errors\": []", "\"notRenewed\": []", "\"vpnClient\": null",
                        "\"failure\": null", "\"verdict\": \"OK\"")) {
                    assertTrue(j.contains(field), field + " in " + j);
                }
            }
        }

        @Test
        void speaksTraditionalChinese() throws IOException {
            try (StandInLoopbackKms kms = new StandInLoopbackKms()) {
                Run r = env.run("--lang", "zh-TW", "renew", "--demo", "--kms", "127.0.0.1:" + kms.port());

                assertEquals(0, r.exit());
                assertTrue(r.out().startsWith("續期完成"), r.out());
                assertTrue(r.out().contains("已啟用，剩 180 天"), r.out());
                assertTrue(r.out().contains("結束代碼 0"), r.out());
            }
        }
    }

    @Nested
    class AgainstAClosedPort {
        @Test
        void offCampusAsksForTheVpnAndKeepsTheExpiringExitCode() throws Exception {
            env.settings(Optional.empty()).set(org.kmstray.settings.SettingKeys.VPN_CLIENT, "https://vpn.example.edu/");

            Run r = env.run("renew", "--demo", "--kms", "127.0.0.1:" + StandInLoopbackKms.closedPort(), "--lang", "en");

            assertEquals(1, r.exit(), "12 days left, nothing renewed");
            assertTrue(r.out().contains("Connect the campus VPN first"), r.out());
            assertTrue(r.out().contains("Your organization's VPN client: https://vpn.example.edu/"), r.out());
            assertTrue(r.out().contains(": the connection was refused."), r.out());
        }

        @Test
        void onCampusSaysTheHostIsUnreachable() throws IOException {
            env.location = Location.ON_CAMPUS;

            Run r = env.run("renew", "--demo", "--json", "--kms", "127.0.0.1:" + StandInLoopbackKms.closedPort());

            assertEquals(1, r.exit());
            assertTrue(r.out().contains("\"outcome\": \"KMS_UNREACHABLE\""), r.out());
            assertTrue(r.out().contains("\"outcome\": \"REFUSED\""), r.out());
        }
    }

    @Nested
    class TheKmsOption {
        @ParameterizedTest
        @ValueSource(strings = {"kms.edu;calc", "a b", "\"a b\"", "-x", "a&&b", "%PATH%", "kms.ex\u0430mple.edu", "kms.example.edu:0",
                "kms.example.edu:65536", "kms.example.edu:16x", "[::1", "[::1]x", ""})
        void refusesHostileOrBrokenValuesBeforeAnythingRuns(String value) {
            Run r = env.run("renew", "--demo", "--kms", value, "--lang", "en");

            assertEquals(3, r.exit(), r.err());
            assertTrue(env.requests.isEmpty(), "nothing may run with a refused host");
            assertFalse(r.err().isBlank());
        }

        @Test
        void refusesANameLongerThan253Characters() {
            Run r = env.run("renew", "--demo", "--kms", "a".repeat(300), "--lang", "en");

            assertEquals(3, r.exit());
            assertTrue(r.err().contains("longer than 253"), r.err());
        }

        @Test
        void readsHostPortIpv6AndBareForms() throws UsageException {
            Messages m = Messages.of(Language.ENGLISH);
            assertEquals(new RenewalRequest(Optional.of(new HostName("kms.example.edu")), Optional.empty()),
                    RenewCommand.request("kms.example.edu", m));
            assertEquals(new RenewalRequest(Optional.of(new HostName("kms.example.edu")), Optional.of(16886)),
                    RenewCommand.request("kms.example.edu:16886", m));
            assertEquals(new RenewalRequest(Optional.of(new HostName("::1")), Optional.of(1688)), RenewCommand.request("[::1]:1688", m));
            assertEquals(new RenewalRequest(Optional.of(new HostName("2001:db8::5")), Optional.empty()), RenewCommand.request("2001:db8::5", m));
        }
    }

    @Test
    void withoutWindowsAndWithoutDemoItSaysSoWithExitThree() {
        Run r = env.run("renew", "--lang", "en");

        assertEquals(3, r.exit());
        assertTrue(r.err().contains("Add --demo"), r.err());
        assertTrue(env.requests.isEmpty());
    }

    @Test
    void whereRenewalCannotRunItSaysSoWithExitThree() {
        env.canRenew = false;

        Run r = env.run("renew", "--demo", "--lang", "en");

        assertEquals(3, r.exit());
        assertTrue(r.err().contains("Renewal is not available here"), r.err());
    }

    @Test
    void isListedInTheHelp() {
        Run r = env.run("--help", "--lang", "en");

        assertTrue(r.out().contains("renew [--kms HOST[:PORT]]"), r.out());
    }
}
