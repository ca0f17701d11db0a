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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
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
import org.kmstray.settings.OrganisationPolicy;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.testing.InMemoryPreferences;

/** Demo mode runs the production flow (gate, ladder, verification) over a real loopback socket. */
class DemoRenewalTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final DemoLicenseState state = new DemoLicenseState(clock, 12);

    private Settings settingsFor(int port) throws Exception {
        Settings s = new Settings(new InMemoryPreferences(), OrganisationPolicy.NONE);
        s.set(SettingKeys.KMS_HOST, "127.0.0.1");
        s.set(SettingKeys.KMS_PORT, String.valueOf(port));
        s.set(SettingKeys.PROBE_TIMEOUT_MS, "1000");
        return s;
    }

    private RenewalReport renew(Settings settings, Location location) throws Exception {
        DemoActivationRunner runner = new DemoActivationRunner(state, StandInLoopbackKms.PROBE, Duration.ofSeconds(1));
        RenewalProcedure procedure = new RenewalProcedure(state, StandInLoopbackKms.PROBE,
                () -> new LocationReport(location, List.of()), runner, settings);
        return new JoiningRenewer(procedure).renew(RenewalRequest.configured()).get(30, TimeUnit.SECONDS);
    }

    private List<Product> products() {
        return ((LicenseSnapshot) state.read()).products();
    }

    @Nested
    class AgainstALoopbackKmsResponder {
        @Test
        void bothProductsGetTheir180DaysBackAndTheRenewalIsVerified() throws Exception {
            try (StandInLoopbackKms kms = new StandInLoopbackKms()) {
                RenewalReport r = renew(settingsFor(kms.port()), Location.UNKNOWN);

                assertEquals(RenewalOutcome.RENEWED, r.outcome());
                assertTrue(r.probe().answered());
                for (Product p : products()) {
                    assertEquals(Product.VALIDITY_MINUTES, p.remainingMinutes());
                    assertEquals("127.0.0.1", p.kmsHost(), "the configured host was set on the product");
                    assertEquals(kms.port(), p.kmsPort());
                }
                assertTrue(r.products().stream().allMatch(p -> ActivationResult.success().equals(p.activation())));
            }
        }
    }

    @Nested
    class AgainstAClosedPort {
        @Test
        void withNoCampusNetworksToTellWhereThePcIsTheUserIsAskedForTheVpn() throws Exception {
            RenewalReport r = renew(settingsFor(StandInLoopbackKms.closedPort()), Location.UNKNOWN);

            assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() < 13 * Product.MINUTES_PER_DAY), "nothing renewed");
        }

        @Test
        void onCampusTheHostIsReportedUnreachable() throws Exception {
            RenewalReport r = renew(settingsFor(StandInLoopbackKms.closedPort()), Location.ON_CAMPUS);

            assertEquals(RenewalOutcome.KMS_UNREACHABLE, r.outcome());
            assertTrue(products().stream().allMatch(p -> p.remainingMinutes() < 13 * Product.MINUTES_PER_DAY));
        }
    }

    @Nested
    class TheRunnerAlone {
        @Test
        void aHostThatDoesNotAnswerFailsWithNoKmsContactedAndLeavesTheDaysAlone() throws IOException {
            int port = StandInLoopbackKms.closedPort();
            DemoActivationRunner runner = new DemoActivationRunner(state, StandInLoopbackKms.PROBE, Duration.ofSeconds(1));
            ActivationPlan plan = new ActivationPlan(List.of(new PlannedActivation(new SkuId(DemoLicenseState.PROPLUS_SKU), "ProPlus",
                    Optional.of(new KmsEndpoint(new HostName("127.0.0.1"), port)))));

            RunOutcome o = runner.run(plan, Privilege.STANDARD, Duration.ofSeconds(5));

            assertEquals(ActivationResult.failure(new Hresult(0xC004F074)), ((RunOutcome.Completed) o).results().get(0).result());
            assertTrue(products().get(0).remainingMinutes() < 13 * Product.MINUTES_PER_DAY);
        }
    }
}
