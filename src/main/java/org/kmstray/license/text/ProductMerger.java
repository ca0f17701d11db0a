package org.kmstray.license.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.Product;

/**
 * Joins what several commands said about the same product: an /act block, a /dstatus block and an slmgr
 * /dlv block for one SKU become one product. The same product is recognised by its SKU (Activation) ID,
 * else by the last five key characters, else by its name, and never against a differing SKU ID or key.
 * Fragments that name no product (a lone "ERROR CODE:") stay products of their own.
 */
final class ProductMerger {
    private final List<ProductFacts> products = new ArrayList<>();
    private final Map<String, ProductFacts> bySku = new HashMap<>();
    private final Map<String, ProductFacts> byKey = new HashMap<>();
    private final Map<String, ProductFacts> byName = new HashMap<>();
    private final Set<ActivationResult> anonymousResults = new HashSet<>();

    private ProductMerger() {
    }

    static List<Product> merge(List<ProductFacts> facts) {
        ProductMerger merger = new ProductMerger();
        facts.forEach(merger::add);
        return merger.products.stream().filter(merger::saysSomethingNew).map(ProductFacts::toProduct).toList();
    }

    /**
     * A fragment naming no product whose error code a named product also reports is that product's failure
     * seen a second time (a pasted session with part of one run copied again), not a second problem.
     */
    private boolean saysSomethingNew(ProductFacts f) {
        if (f.isIdentified() || f.activation == null || f.activation.succeeded() || f.activation.code() == null) {
            return true;
        }
        Hresult code = f.activation.code();
        return products.stream().filter(ProductFacts::isIdentified).noneMatch(p -> code.equals(p.statusReason)
                || p.activation != null && !p.activation.succeeded() && code.equals(p.activation.code()));
    }

    private void add(ProductFacts facts) {
        if (!facts.isIdentified()) {
            // The same unattributed result twice says nothing new.
            if (facts.activation == null || anonymousResults.add(facts.activation)) {
                products.add(facts);
            }
            return;
        }
        ProductFacts same = find(facts);
        if (same == null) {
            products.add(facts);
            index(facts);
        } else {
            same.absorb(facts);
            index(same);
        }
    }

    private ProductFacts find(ProductFacts f) {
        for (ProductFacts candidate : new ProductFacts[] {
                f.skuId == null ? null : bySku.get(f.skuId),
                f.partialKey == null ? null : byKey.get(f.partialKey),
                f.name == null ? null : byName.get(f.name)}) {
            if (candidate != null && compatible(candidate, f)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean compatible(ProductFacts a, ProductFacts b) {
        return !differ(a.skuId, b.skuId) && !differ(a.partialKey, b.partialKey);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !Objects.equals(a, b);
    }

    private void index(ProductFacts f) {
        if (f.skuId != null) {
            bySku.put(f.skuId, f);
        }
        if (f.partialKey != null) {
            byKey.put(f.partialKey, f);
        }
        if (f.name != null) {
            byName.put(f.name, f);
        }
    }
}
