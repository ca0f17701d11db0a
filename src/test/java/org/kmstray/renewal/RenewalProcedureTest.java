package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.renewal.Fixtures.PROPLUS_SKU;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.Fixtures.ScriptedRunner;
import org.kmstray.settings.HostName;
import org.kmstray.settings.Settings;
import org.kmstray.network.KmsProbe;

class RenewalProcedureTest {
    private static final long TWELVE_DAYS = 12 * Product.MINUTES_PER_DAY + 437;

    private final FakeLicenses licenses = new FakeLicenses().with(Fixtures.retailGrace()).with(Fixtures.proPlus(TWELVE_DAYS));
    private final List<Optional<HostName>> probedHosts = new ArrayList<>();
    private final List<Integer> probedPorts = new ArrayList<>();

    private KmsProbe probeAnswering(ProbeOutcome outcome) {
        return (host, port, timeout) -> {
            probedHosts.add(host);
            probedPorts.add(port);
            return new ProbeResult(host.map(HostName::value).orElse(null), port, outcome, "192.0.2.10", 5, "");
        };
    }

    /** A runner that really renews what it reports as activated, as Windows would. */
    private ScriptedRunner renewingRunner() {
        return new ScriptedRunner((plan, privilege) -> {
            plan.skuIds().forEach(licenses::renew);
            return Fixtures.allSucceed(plan);
        });
    }

    private RenewalProcedure procedure(KmsProbe probe, Location location, ActivationRunner runner, Settings settings) {
        return new RenewalProcedure(licenses, probe, () -> Fixtures.at(location), runner, settings, Duration.ofSeconds(30));
    }

    @Nested
    class AtTheGate {
        @Test
        void offCampusWithASilentHostAsksForTheVpnWithoutAnyActivationStep() {
            ScriptedRunner runner = renewingRunner();
            Settings settings = Fixtures.settings("kms.host", "kms.example.edu", "vpn.client", "https://vpn.example.edu/");

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.TIMEOUT), Location.OFF_CAMPUS, runner, settings)
                    .run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.VPN_REQUIRED, r.outcome());
            assertEquals("https://vpn.example.edu/", r.vpnClient());
            assertEquals(ProbeOutcome.TIMEOUT, r.probe().outcome());
            assertEquals(Location.OFF_CAMPUS, r.location().location());
            assertTrue(runner.calls.isEmpty(), "no prompt may be shown when the host does not answer");
        }

        @Test
        void onCampusWithASilentHostSaysTheHostIsUnreachableWithTheProbesEvidence() {
            ScriptedRunner runner = renewingRunner();

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.REFUSED), Location.ON_CAMPUS, runner,
                    Fixtures.settings("kms.host", "kms.example.edu")).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.KMS_UNREACHABLE, r.outcome());
            assertEquals(ProbeOutcome.REFUSED, r.probe().outcome());
            assertEquals("192.0.2.10", r.probe().address());
            assertTrue(runner.calls.isEmpty());
            assertEquals(TWELVE_DAYS, r.products().get(1).remainingMinutes(), "the state the run started from is reported");
        }

        @Test
        void theOverrideOfOneRunIsProbedInsteadOfTheConfiguredHost() {
            RenewalRequest request = new RenewalRequest(Optional.of(new HostName("kms2.example.edu")), Optional.of(16886));

            procedure(probeAnswering(ProbeOutcome.TIMEOUT), Location.OFF_CAMPUS, renewingRunner(),
                    Fixtures.settings("kms.host", "kms.example.edu")).run(request);

            assertEquals(List.of(Optional.of(new HostName("kms2.example.edu"))), probedHosts);
            assertEquals(List.of(16886), probedPorts);
        }

        @Test
        void withNoHostConfiguredTheProbeDiscoversItOnTheConfiguredPort() {
            procedure(probeAnswering(ProbeOutcome.NO_HOST), Location.UNKNOWN, renewingRunner(), Fixtures.settings("kms.port", "16886"))
                    .run(RenewalRequest.configured());

            assertEquals(List.of(Optional.<HostName>empty()), probedHosts);
            assertEquals(List.of(16886), probedPorts);
        }
    }

    @Nested
    class WhenTheHostAnswers {
        @Test
        void aVerifiedActivationIsRenewedAndTheSecondReadingIsReported() {
            ScriptedRunner runner = renewingRunner();

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, runner,
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.RENEWED, r.outcome());
            assertEquals(List.of(Privilege.STANDARD), runner.privileges());
            Product proPlus = r.products().stream().filter(p -> PROPLUS_SKU.equals(p.skuId())).findFirst().orElseThrow();
            assertEquals(ActivationResult.success(), proPlus.activation());
            assertEquals(Product.VALIDITY_MINUTES, proPlus.remainingMinutes());
            assertEquals(2, licenses.reads.get(), "read before and after");
            assertTrue(r.errors().isEmpty());
            assertNull(r.failure());
        }

        @Test
        void theRetailLicenseIsListedAsNotRenewedWithItsReason() {
            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, renewingRunner(),
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(1, r.notRenewed().size());
            assertEquals(Fixtures.RETAIL_GRACE_SKU, r.notRenewed().get(0).product().skuId());
            assertEquals(NotRenewed.Reason.GRACE, r.notRenewed().get(0).reason());
            assertNull(r.notRenewed().get(0).product().activation(), "a license that is not ours is never activated");
        }

        @Test
        void successThatDidNotChangeTheLicenseIsNotVerified() {
            ScriptedRunner liar = new ScriptedRunner((plan, privilege) -> Fixtures.allSucceed(plan));

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, liar,
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.NOT_VERIFIED, r.outcome());
            assertTrue(r.errors().isEmpty());
        }

        @Test
        void successFollowedByAnUnreadableStateIsNotVerified() {
            FakeLicenses once = licenses;
            AtomicReference<Boolean> after = new AtomicReference<>(false);
            RenewalProcedure p = new RenewalProcedure(() -> after.get() ? new FakeLicenses().unreadable().read() : once.read(),
                    probeAnswering(ProbeOutcome.KMS_ANSWERED), () -> Fixtures.at(Location.ON_CAMPUS),
                    new ScriptedRunner((plan, privilege) -> {
                        after.set(true);
                        return Fixtures.allSucceed(plan);
                    }), Fixtures.settings(), Duration.ofSeconds(30));

            RenewalReport r = p.run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.NOT_VERIFIED, r.outcome());
            assertTrue(!(r.after() instanceof LicenseSnapshot));
            assertEquals(ActivationResult.success(), r.products().get(1).activation(), "the products read before carry the results");
        }

        @Test
        void aProductThatCameBackWithFewerDaysThanTheFull180IsNotVerified() {
            ScriptedRunner partly = new ScriptedRunner((plan, privilege) -> {
                licenses.with(Fixtures.proPlus(100 * Product.MINUTES_PER_DAY));
                return Fixtures.allSucceed(plan);
            });

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, partly,
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.NOT_VERIFIED, r.outcome());
        }

        @Test
        void anActivationErrorFailsTheRenewalWithItsCode() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> Fixtures.allFail(plan, Fixtures.NO_KMS_CONTACTED));

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, runner,
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertEquals(List.of(Fixtures.NO_KMS_CONTACTED), r.errors());
            assertEquals(ActivationResult.failure(Fixtures.NO_KMS_CONTACTED), r.products().get(1).activation());
        }

        @Test
        void aNamedHostIsSetInTheOneElevatedStep() {
            ScriptedRunner runner = renewingRunner();

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, runner,
                    Fixtures.settings("kms.host", "kms.example.edu", "kms.port", "1688")).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.RENEWED, r.outcome());
            assertEquals(List.of(Privilege.ELEVATED), runner.privileges());
            assertEquals(Optional.of(new KmsEndpoint(new HostName("kms.example.edu"), 1688)),
                    runner.calls.get(0).plan().activations().get(0).setEndpoint());
        }

        @Test
        void aDeclinedPromptIsCancelled() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> new RunOutcome.Cancelled());

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, runner,
                    Fixtures.settings("kms.host", "kms.example.edu")).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.CANCELLED, r.outcome());
            assertTrue(r.errors().isEmpty());
            assertNull(r.failure());
            assertTrue(r.products().stream().allMatch(p -> p.activation() == null), "declining is no failed activation");
        }

        @Test
        void aStepThatExitsNonZeroFailsTheRenewalWithTheReason() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> RunOutcome.failed(RunFailure.Kind.EXIT_CODE, "exit code 1"));

            RenewalReport r = procedure(probeAnswering(ProbeOutcome.KMS_ANSWERED), Location.ON_CAMPUS, runner,
                    Fixtures.settings()).run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertEquals(RunFailure.Kind.EXIT_CODE, r.failure().kind());
            assertNotNull(r.after());
            assertEquals(ActivationResult.failure(null), r.products().get(1).activation(), "the product counts as not activated");
            assertNull(r.products().get(0).activation(), "the retail license was never part of it");
        }

        @Test
        void aStepThatHangsPastTheTimeoutFailsTheRenewalWithATimeout() {
            CountDownLatch never = new CountDownLatch(1);
            ScriptedRunner hanging = new ScriptedRunner((plan, privilege) -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Fixtures.allSucceed(plan);
            });
            RenewalProcedure p = new RenewalProcedure(licenses, probeAnswering(ProbeOutcome.KMS_ANSWERED),
                    () -> Fixtures.at(Location.ON_CAMPUS), hanging, Fixtures.settings(), Duration.ofMillis(300));

            RenewalReport r = p.run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertEquals(RunFailure.Kind.TIMEOUT, r.failure().kind());
        }
    }

    @Nested
    class BeforeAnything {
        @Test
        void anUnreadableStateFailsWithoutProbingOrPrompting() {
            ScriptedRunner runner = renewingRunner();
            RenewalProcedure p = new RenewalProcedure(new FakeLicenses().unreadable(), probeAnswering(ProbeOutcome.KMS_ANSWERED),
                    () -> Fixtures.at(Location.ON_CAMPUS), runner, Fixtures.settings());

            RenewalReport r = p.run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertTrue(probedHosts.isEmpty());
            assertTrue(runner.calls.isEmpty());
        }

        @Test
        void onlyLicensesTheCampusKmsDoesNotActivateMeanNothingToRenew() {
            ScriptedRunner runner = renewingRunner();
            RenewalProcedure p = new RenewalProcedure(new FakeLicenses().with(Fixtures.retailGrace()),
                    probeAnswering(ProbeOutcome.KMS_ANSWERED), () -> Fixtures.at(Location.ON_CAMPUS), runner, Fixtures.settings());

            RenewalReport r = p.run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.NOTHING_TO_RENEW, r.outcome());
            assertEquals(NotRenewed.Reason.GRACE, r.notRenewed().get(0).reason());
            assertTrue(probedHosts.isEmpty());
            assertTrue(runner.calls.isEmpty());
        }

        @Test
        void aFaultInsideTheFlowBecomesAFailedReportNotAnException() {
            RenewalProcedure p = new RenewalProcedure(licenses, (host, port, timeout) -> {
                throw new IllegalStateException("probe broke");
            }, () -> Fixtures.at(Location.ON_CAMPUS), renewingRunner(), Fixtures.settings());

            RenewalReport r = p.run(RenewalRequest.configured());

            assertEquals(RenewalOutcome.FAILED, r.outcome());
            assertTrue(r.failure().detail().contains("probe broke"));
        }
    }

    @Test
    void theContractConstructorLeavesVpnClientEmptyAndNoFailure() {
        RenewalReport r = new RenewalReport(RenewalOutcome.RENEWED, null, new LocationReport(Location.UNKNOWN, List.of()),
                List.of(Fixtures.proPlus(1).toBuilder().status(LicenseStatus.LICENSED).build()), List.of(new Hresult(0xC004F074)), null);

        assertEquals("", r.vpnClient());
        assertNull(r.failure());
    }
}
