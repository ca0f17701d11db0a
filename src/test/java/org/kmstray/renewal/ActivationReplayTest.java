package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.network.Location;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;

/** The whole renewal with an activation step that replays real ospp.vbs /act captures. */
class ActivationReplayTest {
    private static final long TWELVE_DAYS = 12 * Product.MINUTES_PER_DAY + 437;

    private static Product kmsProduct(String name, String sku, String key) {
        return Product.builder().name(name).description("Office 19, VOLUME_KMSCLIENT channel").skuId(sku).partialKey(key)
                .status(LicenseStatus.LICENSED).remainingMinutes(TWELVE_DAYS).build();
    }

    private static RenewalReport renew(FakeLicenses licenses, ActivationRunner runner, Duration timeout) {
        return new RenewalProcedure(licenses,
                (host, port, t) -> new ProbeResult("kms.example.edu", port, ProbeOutcome.KMS_ANSWERED, "192.0.2.10", 4, ""),
                () -> Fixtures.at(Location.ON_CAMPUS), runner, Fixtures.settings(), timeout).run(RenewalRequest.configured());
    }

    @Nested
    class ReplayingSuccess {
        /** samples/ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt: the campus guide's zh-TW /act run. */
        @Test
        void theCampusGuidesCaptureRenewsVisioAndProPlus() {
            // The SKU IDs as printed in the guide (ProPlus there reads 85dd8b5f-aaa4-…).
            FakeLicenses licenses = new FakeLicenses()
                    .with(kmsProduct("Office 19, Office19VisioPro2019VL_KMS_Client_AE edition", "5b5cf08f-b81a-431d-b080-3450d8620565", "7VCBB"))
                    .with(kmsProduct("Office 19, Office19ProPlus2019VL_KMS_Client_AE edition", "85dd8b5f-aaa4-4af3-a628-cce9e77c9a03", "6MWKP"));
            ReplayingRunner runner = ReplayingRunner.replaying("ospp-act-office2019-visio2019-kms-success-zhtw-guide-01.txt",
                    r -> licenses.renew(r.skuId()));

            RenewalReport report = renew(licenses, runner, Duration.ofSeconds(30));

            assertEquals(RenewalOutcome.RENEWED, report.outcome());
            assertEquals(List.of(Privilege.STANDARD), runner.privileges);
            assertTrue(report.products().stream().allMatch(p -> ActivationResult.success().equals(p.activation())));
        }
    }

    @Nested
    class ReplayingNoKmsContacted {
        /** samples/ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt: a fragment naming no product. */
        @Test
        void aFailureTheOutputTiesToNoProductCountsAgainstTheProductAndExplainsItself() {
            FakeLicenses licenses = new FakeLicenses().with(Fixtures.proPlus(TWELVE_DAYS));
            ReplayingRunner runner = ReplayingRunner.replaying("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt",
                    r -> licenses.renew(r.skuId()));

            RenewalReport report = renew(licenses, runner, Duration.ofSeconds(30));

            assertEquals(RenewalOutcome.FAILED, report.outcome());
            assertEquals(List.of(new Hresult(0xC004F074)), report.errors());
            assertEquals(ActivationResult.failure(new Hresult(0xC004F074)), report.products().get(0).activation());
            assertEquals(TWELVE_DAYS, report.products().get(0).remainingMinutes());
        }
    }

    @Nested
    class ReplayingAMixedRun {
        /**
         * samples/ospp-act-office2019-grace-and-kms-success-zhcn-01.txt: the retail grace SKU fails with 0xC004F017
         * in the same /act run in which the KMS client succeeds.
         */
        @Test
        void theRetailGraceFailureIsNotTheKmsProductsFailure() {
            FakeLicenses licenses = new FakeLicenses().with(Fixtures.retailGrace()).with(Fixtures.proPlus(TWELVE_DAYS));
            ReplayingRunner runner = ReplayingRunner.replaying("ospp-act-office2019-grace-and-kms-success-zhcn-01.txt",
                    r -> licenses.renew(r.skuId()));

            RenewalReport report = renew(licenses, runner, Duration.ofSeconds(30));

            assertEquals(RenewalOutcome.RENEWED, report.outcome());
            assertTrue(report.errors().isEmpty());
            Product grace = report.products().get(0);
            assertEquals(Fixtures.RETAIL_GRACE_SKU, grace.skuId());
            assertNull(grace.activation(), "never planned, so no activation result is attached to it");
            assertEquals(NotRenewed.Reason.GRACE, report.notRenewed().get(0).reason());
        }
    }

    @Nested
    class WhenTheStepMisbehaves {
        @Test
        void oneThatHangsPastTheTimeoutEndsTheRenewalAsFailedWithATimeout() {
            FakeLicenses licenses = new FakeLicenses().with(Fixtures.proPlus(TWELVE_DAYS));

            RenewalReport report = renew(licenses, ReplayingRunner.hanging(), Duration.ofMillis(300));

            assertEquals(RenewalOutcome.FAILED, report.outcome());
            assertEquals(RunFailure.Kind.TIMEOUT, report.failure().kind());
        }

        @Test
        void oneThatExitsNonZeroEndsTheRenewalAsFailed() {
            FakeLicenses licenses = new FakeLicenses().with(Fixtures.proPlus(TWELVE_DAYS));

            RenewalReport report = renew(licenses, ReplayingRunner.exitingNonZero(), Duration.ofSeconds(30));

            assertEquals(RenewalOutcome.FAILED, report.outcome());
            assertEquals(new RunFailure(RunFailure.Kind.EXIT_CODE, "exit code 1"), report.failure());
        }
    }
}
