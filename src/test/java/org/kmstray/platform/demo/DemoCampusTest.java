package org.kmstray.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.network.KmsProbe;
import org.kmstray.network.LocationClassifier;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.TcpKmsProbe;
import org.kmstray.renewal.JoiningRenewer;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalProcedure;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.settings.HostName;
import org.kmstray.settings.PropertiesFilePolicy;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/** Demo mode's simulated campus: a KMS host on 127.0.0.1 that the production probe accepts. */
class DemoCampusTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);
    private final DemoLicenseState state = new DemoLicenseState(clock, 12);
    private final KmsProbe probe = new TcpKmsProbe(List::of);
    private static final NetworkSnapshot NO_NETWORK = new NetworkSnapshot(List.of(), List.of(), List.of());

    private static Settings settings(String... pairs) {
        Properties p = new Properties();
        p.setProperty("probe.timeout.ms", "2000");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return new Settings(new InMemoryPreferences(), PropertiesFilePolicy.of(p, "test"));
    }

    private RenewalReport renew(Settings settings, RenewalRequest request) throws Exception {
        DemoActivationRunner runner = new DemoActivationRunner(state, probe, Duration.ofSeconds(2));
        RenewalProcedure procedure = new RenewalProcedure(state, probe, () -> LocationClassifier.classify(NO_NETWORK, settings), runner, settings);
        DemoCampusRenewer renewer = new DemoCampusRenewer(new JoiningRenewer(procedure), () -> settings.get(org.kmstray.settings.SettingKeys.KMS_HOST));
        return renewer.renew(request).get(30, TimeUnit.SECONDS);
    }

    private List<Product> products() {
        return ((LicenseSnapshot) state.read()).products();
    }

    @Nested
    class TheSimulatedHost {
        @Test
        void answersTheProbesBindAsAKmsHost() throws Exception {
            try (DemoKmsHost host = DemoKmsHost.start()) {
                ProbeResult r = probe.probe(Optional.of(new HostName(host.host())), host.port(), Duration.ofSeconds(2));

                assertEquals(ProbeOutcome.KMS_ANSWERED, r.outcome(), r.detail());
                assertEquals("127.0.0.1", host.host());
            }
        }

        @Test
        void answersNothingToBytesThatAreNotABind() throws Exception {
            try (DemoKmsHost host = DemoKmsHost.start(); Socket s = new Socket(InetAddress.getLoopbackAddress(), host.port())) {
                s.setSoTimeout(3000);
                OutputStream out = s.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();

                assertEquals(-1, in.read(), "the connection is closed without a reply");
            }
        }

        @Test
        void keepsAnsweringAfterAClientThatSentNothing() throws Exception {
            try (DemoKmsHost host = DemoKmsHost.start()) {
                new Socket(InetAddress.getLoopbackAddress(), host.port()).close();

                assertEquals(ProbeOutcome.KMS_ANSWERED,
                        probe.probe(Optional.of(new HostName(host.host())), host.port(), Duration.ofSeconds(2)).outcome());
            }
        }
    }

    @Nested
    class ARenewalOfTheDemoPc {
        @Test
        void withNoKmsHostAnywhereGoesToTheSimulatedCampusAndIsVerified() throws Exception {
            RenewalReport r = renew(settings(), RenewalRequest.configured());

            assertEquals(RenewalOutcome.RENEWED, r.outcome());
            assertEquals(ProbeOutcome.KMS_ANSWERED, r.probe().outcome());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() == Product.VALIDITY_MINUTES));
        }

        @Test
        void withAConfiguredHostUsesThatHost() throws Exception {
            RenewalReport r = renew(settings("kms.host", "127.0.0.1", "kms.port", String.valueOf(LoopbackKmsResponder.closedPort())),
                    RenewalRequest.configured());

            assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            assertEquals(ProbeOutcome.REFUSED, r.probe().outcome());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() < 13 * Product.MINUTES_PER_DAY), "nothing renewed");
        }

        @Test
        void withAHostInTheRequestUsesThatHost() throws Exception {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.HTTP)) {
                RenewalReport r = renew(settings(), new RenewalRequest(Optional.of(new HostName("127.0.0.1")), Optional.of(kms.port())));

                assertEquals(ProbeOutcome.NOT_KMS, r.probe().outcome());
                assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            }
        }
    }
}
