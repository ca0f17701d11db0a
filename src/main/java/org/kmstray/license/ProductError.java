package org.kmstray.license;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        Set<String> seen = new LinkedHashSet<>();
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

    private static void add(List<ProductError> out, Set<String> seen, Product p, Hresult code) {
        String id = System.identityHashCode(p) + "/" + code.value();
        if (seen.add(id)) {
            out.add(new ProductError(p, code));
        }
    }
}
