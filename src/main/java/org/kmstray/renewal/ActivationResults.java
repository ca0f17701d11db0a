package org.kmstray.renewal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;

/** Per-product activation results out of parsed script output ({@code ospp.vbs /act}). */
public final class ActivationResults {
    private ActivationResults() {
    }

    /**
     * The results of the plan's products, matched by SKU ID. Other products in the output (a retail grace
     * SKU failing in the same {@code /act} run) are not the plan's business and are dropped. A failure
     * the output does not tie to any product counts against every planned product without a result of its
     * own, so such output can never read as a success.
     */
    public static List<ProductActivation> fromReading(LicenseReading reading, ActivationPlan plan) {
        if (!(reading instanceof LicenseSnapshot snapshot)) {
            return List.of();
        }
        Map<SkuId, ActivationResult> found = new LinkedHashMap<>();
        ActivationResult unattributed = null;
        for (Product p : snapshot.products()) {
            ActivationResult a = p.activation();
            if (a == null) {
                continue;
            }
            Optional<SkuId> sku = SkuId.parse(p.skuId());
            if (sku.isPresent()) {
                if (plan.skuIds().contains(sku.get())) {
                    found.putIfAbsent(sku.get(), a);
                }
            } else if (!a.succeeded() && unattributed == null) {
                unattributed = a;
            }
        }
        List<ProductActivation> out = new ArrayList<>();
        for (SkuId sku : plan.skuIds()) {
            ActivationResult r = found.get(sku);
            if (r == null) {
                r = unattributed;
            }
            if (r != null) {
                out.add(new ProductActivation(sku, r));
            }
        }
        return out;
    }
}
