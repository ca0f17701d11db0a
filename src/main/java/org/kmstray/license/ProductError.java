package org.kmstray.license;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An error code reported for a product: a failed activation, or a status reason with the error bit set
 * (informational reasons such as 0x4004F040 are not errors). {@code product} is null when the code
 * came without a product (a fragment of pasted output).
 */
public record ProductError(Product product, Hresult code) {

    /** The errors in a reading, in product order, each (product, code) once. */
    public static List<ProductError> of(LicenseReading reading) {
        if (!(reading instanceof LicenseSnapshot snapshot)) {
            return List.of();
        }
        List<ProductError> out = new ArrayList<>();
        Map<Product, Set<Hresult>> seen = new IdentityHashMap<>();
        for (Product p : snapshot.products()) {
            ActivationResult a = p.activation();
            if (a != null && !a.succeeded() && a.code() != null) {
                add(out, seen, p, a.code());
            }
            Hresult reason = p.statusReason();
            if (reason != null && !reason.isSuccess()) {
                add(out, seen, p, reason);
            }
        }
        return out;
    }

    /** Per product object: two equal-looking products are still two findings, and identity hashes can collide. */
    private static void add(List<ProductError> out, Map<Product, Set<Hresult>> seen, Product p, Hresult code) {
        if (seen.computeIfAbsent(p, k -> new HashSet<>()).add(code)) {
            out.add(new ProductError(p, code));
        }
    }
}
