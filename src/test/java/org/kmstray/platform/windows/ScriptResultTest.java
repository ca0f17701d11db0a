package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.PlannedActivation;
import org.kmstray.renewal.ProductActivation;
import org.kmstray.renewal.RunFailure;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.renewal.SkuId;

/** The result format is the one written by activate.ps1 (see the comment at its top). */
class ScriptResultTest {
    static final String PROPLUS = "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03";
    static final String VISIO = "5b5cf08f-b81a-431d-b080-3450d8620565";
    static final ActivationPlan PLAN = new ActivationPlan(List.of(
            new PlannedActivation(new SkuId(PROPLUS), "ProPlus", Optional.empty()),
            new PlannedActivation(new SkuId(VISIO), "Visio", Optional.empty())));
    static final Function<String, LicenseReading> NO_OSPP = t -> {
        throw new AssertionError("the ospp.vbs parser is for the fallback route only");
    };

    private static List<ProductActivation> completed(RunOutcome o) {
        return assertInstanceOf(RunOutcome.Completed.class, o).results();
    }

    private static RunFailure failed(RunOutcome o) {
        return assertInstanceOf(RunOutcome.Failed.class, o).failure();
    }

    @Nested
    class TheCimRoute {
        @Test
        void readsEachProductsResult() {
            String text = "kmstray-result 1\r\nproduct " + PROPLUS + " ok\r\nproduct " + VISIO + " fail C004F074\r\nend\r\n";

            List<ProductActivation> r = completed(ScriptResult.interpret(0, text, PLAN, NO_OSPP));

            assertEquals(List.of(new ProductActivation(new SkuId(PROPLUS), ActivationResult.success()),
                    new ProductActivation(new SkuId(VISIO), ActivationResult.failure(new Hresult(0xC004F074)))), r);
        }

        @Test
        void aProductWindowsDoesNotHaveOrAnUnknownCodeIsAFailureWithoutCode() {
            String text = "kmstray-result 1\nproduct " + PROPLUS + " missing\nproduct " + VISIO + " fail unknown\nend\n";

            List<ProductActivation> r = completed(ScriptResult.interpret(0, text, PLAN, NO_OSPP));

            assertTrue(r.stream().allMatch(x -> x.result().equals(ActivationResult.failure(null))));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "",
                "garbage",
                "kmstray-result 1\nproduct 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03 ok\n",
                "kmstray-result 2\nend\n",
                "kmstray-result 1\nproduct 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03 great\nend\n",
                "kmstray-result 1\nproduct 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03 fail C004F07\nend\n",
                "kmstray-result 1\nproduct 2de67392-b7a7-462a-b1ca-108dd189f588 ok\nend\n",
                "kmstray-result 1\nend\nproduct 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03 ok\n",
                "Product activation successful\n"})
        void anythingButTheExactFormatIsAnUnreadableResultNeverASuccess(String text) {
            assertEquals(RunFailure.Kind.UNREADABLE_RESULT, failed(ScriptResult.interpret(0, text, PLAN, NO_OSPP)).kind());
        }
    }

    @Nested
    class TheExitCode {
        @Test
        void namesWhatTheScriptRefused() {
            assertEquals(RunFailure.Kind.EXIT_CODE, failed(ScriptResult.interpret(2, "", PLAN, NO_OSPP)).kind());
            assertTrue(failed(ScriptResult.interpret(3, "", PLAN, NO_OSPP)).detail().contains("result directory"));
            assertEquals(RunFailure.Kind.UNAVAILABLE, failed(ScriptResult.interpret(4, "", PLAN, NO_OSPP)).kind());
            assertTrue(failed(ScriptResult.interpret(6, "", PLAN, NO_OSPP)).detail().contains("not KMS Tray"));
            assertEquals("exit code 1", failed(ScriptResult.interpret(1, "kmstray-result 1\nend\n", PLAN, NO_OSPP)).detail());
        }
    }

    @Nested
    class TheOsppFallback {
        @Test
        void handsTheScriptsOwnOutputToTheParserAndKeepsOnlyThePlannedProducts() {
            AtomicReference<String> given = new AtomicReference<>();
            Function<String, LicenseReading> parser = t -> {
                given.set(t);
                return new LicenseSnapshot("ospp.vbs", (Instant) null, List.of(
                        Product.builder().skuId("52c4d79f-6e1a-45b7-b479-36b666e0a2f8").activation(ActivationResult.failure(new Hresult(0xC004F017))).build(),
                        Product.builder().skuId(PROPLUS).activation(ActivationResult.success()).build()));
            };

            List<ProductActivation> r = completed(ScriptResult.interpret(0, "kmstray-ospp 1\n---Processing---\n", PLAN, parser));

            assertEquals("---Processing---\n", given.get());
            assertEquals(List.of(new ProductActivation(new SkuId(PROPLUS), ActivationResult.success())), r);
        }
    }
}
