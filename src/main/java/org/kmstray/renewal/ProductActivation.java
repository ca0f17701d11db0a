package org.kmstray.renewal;

import org.kmstray.license.ActivationResult;

/** What the activation step reported for one product. */
public record ProductActivation(SkuId skuId, ActivationResult result) {
    public ProductActivation {
        if (skuId == null || result == null) {
            throw new IllegalArgumentException("SKU and result are required");
        }
    }
}
