package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.renewal.Fixtures.PROPLUS_SKU;
import static org.kmstray.renewal.Fixtures.VISIO_SKU;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.license.ActivationResult;
import org.kmstray.renewal.Fixtures.ScriptedRunner;

class PrivilegeLadderTest {
    private static final Duration TIME = Duration.ofSeconds(30);

    @Nested
    class WhenTheUserMayActivate {
        @Test
        void theStandardStepIsEnoughAndNoPromptIsShown() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> Fixtures.allSucceed(plan));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(List.of(Privilege.STANDARD), runner.privileges());
            assertEquals(LadderResult.Ending.COMPLETED, r.ending());
            assertFalse(r.elevated());
            assertEquals(2, r.results().size());
            assertTrue(r.results().stream().allMatch(x -> x.result().succeeded()));
        }

        @Test
        void anOrdinaryActivationErrorIsNotRetriedWithAPromptThatCouldNotHelp() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> Fixtures.allFail(plan, Fixtures.NO_KMS_CONTACTED));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU), TIME);

            assertEquals(List.of(Privilege.STANDARD), runner.privileges());
            assertEquals(ActivationResult.failure(Fixtures.NO_KMS_CONTACTED), r.results().get(0).result());
        }
    }

    @Nested
    class WhenTheUserIsDenied {
        @Test
        void onlyTheDeniedProductsGoToOneElevatedStep() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> {
                if (privilege == Privilege.ELEVATED) {
                    return Fixtures.allSucceed(plan);
                }
                return new RunOutcome.Completed(List.of(
                        new ProductActivation(new SkuId(PROPLUS_SKU), ActivationResult.success()),
                        new ProductActivation(new SkuId(VISIO_SKU), ActivationResult.failure(Fixtures.ACCESS_DENIED))));
            });

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(List.of(Privilege.STANDARD, Privilege.ELEVATED), runner.privileges());
            assertEquals(List.of(new SkuId(VISIO_SKU)), runner.calls.get(1).plan().skuIds());
            assertEquals(LadderResult.Ending.COMPLETED, r.ending());
            assertTrue(r.elevated());
            assertTrue(r.results().stream().allMatch(x -> x.result().succeeded()));
        }

        @Test
        void theLicensingServicesOwnDenialAlsoLeadsToThePrompt() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> privilege == Privilege.STANDARD
                    ? Fixtures.allFail(plan, Fixtures.LUA_ACCESS_DENIED) : Fixtures.allSucceed(plan));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(List.of(Privilege.STANDARD, Privilege.ELEVATED), runner.privileges());
            assertEquals(2, runner.calls.get(1).plan().skuIds().size());
            assertTrue(r.results().stream().allMatch(x -> x.result().succeeded()));
        }

        @Test
        void aDeclinedPromptIsCancelledNotFailedAndKeepsWhatTheStandardStepDid() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> privilege == Privilege.ELEVATED
                    ? new RunOutcome.Cancelled()
                    : new RunOutcome.Completed(List.of(
                            new ProductActivation(new SkuId(PROPLUS_SKU), ActivationResult.success()),
                            new ProductActivation(new SkuId(VISIO_SKU), ActivationResult.failure(Fixtures.ACCESS_DENIED)))));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(LadderResult.Ending.CANCELLED, r.ending());
            assertNull(r.failure());
            assertEquals(List.of(new SkuId(PROPLUS_SKU)), r.results().stream().map(ProductActivation::skuId).toList());
        }
    }

    @Nested
    class WhenAKmsHostMustBeSet {
        @Test
        void oneElevatedStepDoesEverythingWithoutAStandardAttemptFirst() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> Fixtures.allSucceed(plan));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.planSettingHost("kms.example.edu", PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(List.of(Privilege.ELEVATED), runner.privileges());
            assertEquals(2, runner.calls.get(0).plan().skuIds().size());
            assertEquals(LadderResult.Ending.COMPLETED, r.ending());
        }

        @Test
        void aDeclinedPromptEndsTheRenewalAsCancelled() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> new RunOutcome.Cancelled());

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.planSettingHost("kms.example.edu", PROPLUS_SKU), TIME);

            assertEquals(LadderResult.Ending.CANCELLED, r.ending());
            assertTrue(r.results().isEmpty());
        }
    }

    @Nested
    class WhenTheStepItselfGoesWrong {
        @Test
        void aProductTheStepDidNotReportCountsAsNotActivated() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> new RunOutcome.Completed(List.of(
                    new ProductActivation(new SkuId(PROPLUS_SKU), ActivationResult.success()))));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU, VISIO_SKU), TIME);

            assertEquals(ActivationResult.failure(null), r.resultOf(new SkuId(VISIO_SKU)).orElseThrow().result());
        }

        @Test
        void aNonZeroExitIsAFailureWithItsDetail() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> RunOutcome.failed(RunFailure.Kind.EXIT_CODE, "exit code 1"));

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU), TIME);

            assertEquals(LadderResult.Ending.FAILED, r.ending());
            assertEquals(new RunFailure(RunFailure.Kind.EXIT_CODE, "exit code 1"), r.failure());
        }

        @Test
        void aRunnerThatHangsIsGivenUpAtTheTimeout() throws InterruptedException {
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return Fixtures.allSucceed(plan);
            });

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU), Duration.ofMillis(200));

            assertEquals(LadderResult.Ending.FAILED, r.ending());
            assertEquals(RunFailure.Kind.TIMEOUT, r.failure().kind());
            assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "the hanging step is interrupted");
        }

        @Test
        void aRunnerThatBreaksItsContractByThrowingStillEndsInAFailure() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> {
                throw new IllegalStateException("boom");
            });

            LadderResult r = new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU), TIME);

            assertEquals(LadderResult.Ending.FAILED, r.ending());
            assertTrue(r.failure().detail().contains("boom"));
        }

        @Test
        void theRunnerRunsOnItsOwnThreadAndIsToldTheTimeLeft() {
            ScriptedRunner runner = new ScriptedRunner((plan, privilege) -> Fixtures.allSucceed(plan));

            new PrivilegeLadder(runner).climb(Fixtures.plan(PROPLUS_SKU), TIME);

            assertTrue(runner.calls.get(0).thread().startsWith("kmstray-activation"));
            assertTrue(runner.calls.get(0).timeout().compareTo(TIME) <= 0);
            assertTrue(runner.calls.get(0).timeout().compareTo(Duration.ofSeconds(25)) > 0);
        }
    }
}
