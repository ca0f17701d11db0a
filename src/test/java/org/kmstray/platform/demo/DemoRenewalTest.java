package org.kmstray.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.network.KmsProbe;
import org.kmstray.network.Location;
import org.kmstray.network.LocationClassifier;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.NetworkSnapshot.Adapter;
import org.kmstray.network.NetworkSnapshot.Address;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.TcpKmsProbe;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.JoiningRenewer;
import org.kmstray.renewal.KmsEndpoint;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.Privilege;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalProcedure;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.renewal.SkuId;
import org.kmstray.settings.HostName;
import org.kmstray.settings.PropertiesFilePolicy;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/**
 * Demo mode runs the production flow (probe, classifier, gate, ladder, verification) over a real loopback
 * socket against the network code's loopback KMS responder. The PC's network is a synthetic snapshot:
 * one Ethernet adapter at 140.112.30.5 (an address made up for these tests).
 */
class DemoRenewalTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final DemoLicenseState state = new DemoLicenseState(clock, 12);
    private final KmsProbe probe = new TcpKmsProbe(List::of);
    private static final NetworkSnapshot ETHERNET = new NetworkSnapshot(List.of(new Adapter("eth1", "Intel(R) Ethernet Connection I219-LM",
            "Ethernet 2", 6, true, List.of(new Address("140.112.30.5", 24)))), List.of(), List.of());

    private static Settings settings(int port, String... more) {
        Properties p = new Properties();
        p.setProperty("kms.host", "127.0.0.1");
        p.setProperty("kms.port", String.valueOf(port));
        p.setProperty("probe.timeout.ms", "1000");
        for (int i = 0; i < more.length; i += 2) {
            p.setProperty(more[i], more[i + 1]);
        }
        return new Settings(new InMemoryPreferences(), PropertiesFilePolicy.of(p, "test"));
    }

    private RenewalReport renew(Settings settings) throws Exception {
        DemoActivationRunner runner = new DemoActivationRunner(state, probe, Duration.ofSeconds(1));
        RenewalProcedure procedure = new RenewalProcedure(state, probe, () -> LocationClassifier.classify(ETHERNET, settings), runner, settings);
        return new JoiningRenewer(procedure).renew(RenewalRequest.configured()).get(30, TimeUnit.SECONDS);
    }

    private List<Product> products() {
        return ((LicenseSnapshot) state.read()).products();
    }

    @Nested
    class AgainstALoopbackKmsResponder {
        @Test
        void bothProductsGetTheir180DaysBackAndTheRenewalIsVerified() throws Exception {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                RenewalReport r = renew(settings(kms.port()));

                assertEquals(RenewalOutcome.RENEWED, r.outcome());
                assertEquals(ProbeOutcome.KMS_ANSWERED, r.probe().outcome());
                for (Product p : products()) {
                    assertEquals(Product.VALIDITY_MINUTES, p.remainingMinutes());
                    assertEquals("127.0.0.1", p.kmsHost(), "the configured host was set on the product");
                    assertEquals(kms.port(), p.kmsPort());
                }
                assertTrue(r.products().stream().allMatch(p -> ActivationResult.success().equals(p.activation())));
            }
        }

        @Test
        void somethingThatIsNotAKmsHostDoesNotCount() throws Exception {
            try (LoopbackKmsResponder web = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.HTTP)) {
                RenewalReport r = renew(settings(web.port()));

                assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
                assertEquals(ProbeOutcome.NOT_KMS, r.probe().outcome());
            }
        }
    }

    @Nested
    class AgainstAClosedPort {
        @Test
        void withNoCampusNetworksConfiguredTheUserIsAskedForTheVpn() throws Exception {
            RenewalReport r = renew(settings(LoopbackKmsResponder.closedPort()));

            assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            assertEquals(Location.UNKNOWN, r.location().location());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() < 13 * Product.MINUTES_PER_DAY), "nothing renewed");
        }

        @Test
        void onACampusNetworkTheHostIsReportedUnreachable() throws Exception {
            RenewalReport r = renew(settings(LoopbackKmsResponder.closedPort(), "campus.networks", "140.112.0.0/16"));

            assertEquals(RenewalOutcome.KMS_UNREACHABLE, r.outcome());
            assertEquals(Location.ON_CAMPUS, r.location().location());
            assertEquals(ProbeOutcome.REFUSED, r.probe().outcome());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() < 13 * Product.MINUTES_PER_DAY));
        }

        @Test
        void offCampusTheUserIsAskedForTheVpn() throws Exception {
            RenewalReport r = renew(settings(LoopbackKmsResponder.closedPort(), "campus.networks", "10.0.0.0/8"));

            assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            assertEquals(Location.OFF_CAMPUS, r.location().location());
        }
    }

    @Nested
    class TheRunnerAlone {
        @Test
        void aHostThatDoesNotAnswerFailsWithNoKmsContactedAndLeavesTheDaysAlone() throws IOException {
            DemoActivationRunner runner = new DemoActivationRunner(state, probe, Duration.ofSeconds(1));
            ActivationPlan plan = new ActivationPlan(List.of(new PlannedActivation(new SkuId(DemoLicenseState.PROPLUS_SKU), "ProPlus",
                    Optional.of(new KmsEndpoint(new HostName("127.0.0.1"), LoopbackKmsResponder.closedPort())))));

            RunOutcome o = runner.run(plan, Privilege.STANDARD, Duration.ofSeconds(5));

            assertEquals(ActivationResult.failure(new Hresult(0xC004F074)), ((RunOutcome.Completed) o).results().get(0).result());
            assertTrue(products().get(0).remainingMinutes() < 13 * Product.MINUTES_PER_DAY);
        }

        @Test
        void contactsTheHostOnceForAllProductsThatUseIt() throws Exception {
            try (LoopbackKmsResponder kms = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
                DemoActivationRunner runner = new DemoActivationRunner(state, probe, Duration.ofSeconds(1));
                KmsEndpoint e = new KmsEndpoint(new HostName("127.0.0.1"), kms.port());
                ActivationPlan plan = new ActivationPlan(state.skuIds().stream()
                        .map(s -> new PlannedActivation(new SkuId(s), s, Optional.of(e))).toList());

                RunOutcome o = runner.run(plan, Privilege.STANDARD, Duration.ofSeconds(5));

                assertTrue(((RunOutcome.Completed) o).results().stream().allMatch(x -> x.result().succeeded()));
                assertEquals(1, kms.connections());
            }
        }
    }
}
