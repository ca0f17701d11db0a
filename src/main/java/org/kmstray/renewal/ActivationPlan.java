package org.kmstray.renewal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The products one activation step works on. Every value in it is already validated (SKU IDs as GUIDs, host
 * names, ports), which is what an {@link ActivationRunner} may rely on.
 */
public record ActivationPlan(List<PlannedActivation> activations) {
    public ActivationPlan {
        activations = List.copyOf(activations);
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("nothing to activate");
        }
        Set<SkuId> seen = new HashSet<>();
        for (PlannedActivation a : activations) {
            if (!seen.add(a.skuId())) {
                throw new IllegalArgumentException("SKU twice in one plan: " + a.skuId());
            }
        }
    }

    /** Setting a KMS host or port needs an administrator, so such a plan goes straight to the elevated step. */
    public boolean changesKmsHost() {
        return activations.stream().anyMatch(a -> a.setEndpoint().isPresent());
    }

    public List<SkuId> skuIds() {
        return activations.stream().map(PlannedActivation::skuId).toList();
    }

    /** The part of this plan for the given SKUs, in plan order; empty SKU sets are the caller's mistake. */
    public ActivationPlan only(Collection<SkuId> skus) {
        return new ActivationPlan(activations.stream().filter(a -> skus.contains(a.skuId())).toList());
    }
}
