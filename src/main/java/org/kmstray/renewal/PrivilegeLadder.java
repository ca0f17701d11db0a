package org.kmstray.renewal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;

/**
 * Least privilege: activate as the signed-in user first (Microsoft documents that a KMS client with a GVLK
 * may activate as a standard user) and ask for an administrator only when that is denied, or when a KMS
 * host must be set (that always needs one). Then exactly one elevated step covers every product that
 * needs it, so the user sees at most one prompt.
 */
public final class PrivilegeLadder {
    /** E_ACCESSDENIED and SL_E_LUA_ACCESSDENIED: "requires elevated / administrator privilege". */
    static final Set<Hresult> DENIED = Set.of(new Hresult(0x80070005), new Hresult(0xC004F025));

    private final ActivationRunner runner;

    public PrivilegeLadder(ActivationRunner runner) {
        this.runner = runner;
    }

    public static boolean isDenial(ActivationResult result) {
        return !result.succeeded() && result.code() != null && DENIED.contains(result.code());
    }

    /** Runs the plan within {@code overall} (both steps together). Never throws. */
    public LadderResult climb(ActivationPlan plan, Duration overall) {
        long deadline = System.nanoTime() + overall.toNanos();
        Map<SkuId, ActivationResult> results = new LinkedHashMap<>();
        ActivationPlan elevatedPart = plan;
        if (!plan.changesKmsHost()) {
            RunOutcome standard = BoundedRun.run(runner, plan, Privilege.STANDARD, remaining(deadline));
            if (standard instanceof RunOutcome.Failed f) {
                return new LadderResult(LadderResult.Ending.FAILED, List.of(), f.failure(), false);
            }
            if (standard instanceof RunOutcome.Cancelled) {
                // Nothing was prompted for; a runner saying so is confused, but the user did not ask for an error.
                return new LadderResult(LadderResult.Ending.CANCELLED, List.of(), null, false);
            }
            List<SkuId> denied = new ArrayList<>();
            Map<SkuId, ActivationResult> reported = byProduct(((RunOutcome.Completed) standard).results());
            for (SkuId sku : plan.skuIds()) {
                ActivationResult r = reported.getOrDefault(sku, ActivationResult.failure(null));
                if (isDenial(r)) {
                    denied.add(sku);
                } else {
                    results.put(sku, r);
                }
            }
            if (denied.isEmpty()) {
                return new LadderResult(LadderResult.Ending.COMPLETED, inPlanOrder(plan, results), null, false);
            }
            elevatedPart = plan.only(denied);
        }
        RunOutcome elevated = BoundedRun.run(runner, elevatedPart, Privilege.ELEVATED, remaining(deadline));
        if (elevated instanceof RunOutcome.Cancelled) {
            return new LadderResult(LadderResult.Ending.CANCELLED, inPlanOrder(plan, results), null, true);
        }
        if (elevated instanceof RunOutcome.Failed f) {
            return new LadderResult(LadderResult.Ending.FAILED, inPlanOrder(plan, results), f.failure(), true);
        }
        Map<SkuId, ActivationResult> reported = byProduct(((RunOutcome.Completed) elevated).results());
        for (SkuId sku : elevatedPart.skuIds()) {
            // A product the step did not report was not activated; never count it as a success.
            results.put(sku, reported.getOrDefault(sku, ActivationResult.failure(null)));
        }
        return new LadderResult(LadderResult.Ending.COMPLETED, inPlanOrder(plan, results), null, true);
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static Map<SkuId, ActivationResult> byProduct(List<ProductActivation> list) {
        Map<SkuId, ActivationResult> m = new LinkedHashMap<>();
        for (ProductActivation pa : list) {
            m.putIfAbsent(pa.skuId(), pa.result());
        }
        return m;
    }

    private static List<ProductActivation> inPlanOrder(ActivationPlan plan, Map<SkuId, ActivationResult> results) {
        List<ProductActivation> out = new ArrayList<>();
        for (SkuId sku : plan.skuIds()) {
            ActivationResult r = results.get(sku);
            if (r != null) {
                out.add(new ProductActivation(sku, r));
            }
        }
        return out;
    }
}
