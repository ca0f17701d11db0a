package org.kmstray.renewal;

import java.util.List;
import java.util.Optional;

/**
 * How the least-privilege ladder ended.
 *
 * @param results the final result of every product that got one, in plan order (after a cancelled or
 *                failed elevated step only the products finished without it)
 * @param failure why the last step gave no results; null unless {@code ending} is FAILED
 * @param elevated whether the administrator step was started (prompted), whatever its end
 */
public record LadderResult(Ending ending, List<ProductActivation> results, RunFailure failure, boolean elevated) {
    public enum Ending {
        COMPLETED,
        CANCELLED,
        FAILED
    }

    public LadderResult {
        results = List.copyOf(results);
        if ((ending == Ending.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure goes with FAILED and only with it");
        }
    }

    public Optional<ProductActivation> resultOf(SkuId sku) {
        return results.stream().filter(r -> r.skuId().equals(sku)).findFirst();
    }
}
