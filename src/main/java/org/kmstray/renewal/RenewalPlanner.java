package org.kmstray.renewal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;

/**
 * Decides which products a renewal activates. Every KMS client with a known SKU ID is activated; where a
 * KMS host is named (settings or {@code --kms}) and the product does not already use it, host and port are
 * set first, per product, as {@code ospp.vbs /sethst} and {@code /setprt} do. With no host named the
 * products keep DNS auto-discovery.
 */
public final class RenewalPlanner {
    private RenewalPlanner() {
    }

    public static RenewalPlan plan(LicenseSnapshot snapshot, Optional<KmsEndpoint> target) {
        List<PlannedActivation> planned = new ArrayList<>();
        List<NotRenewed> left = new ArrayList<>();
        Set<SkuId> seen = new HashSet<>();
        for (Product p : snapshot.products()) {
            Optional<NotRenewed> skipped = NotRenewed.of(p);
            if (skipped.isPresent()) {
                left.add(skipped.get());
                continue;
            }
            SkuId sku = new SkuId(p.skuId());
            if (seen.add(sku)) {
                planned.add(new PlannedActivation(sku, p.name(), target.filter(t -> !alreadyUses(p, t))));
            }
        }
        return new RenewalPlan(planned.isEmpty() ? Optional.empty() : Optional.of(new ActivationPlan(planned)), left);
    }

    /** The product's own KMS host override already names this endpoint; an unset port means 1688. */
    static boolean alreadyUses(Product p, KmsEndpoint target) {
        if (p.kmsHost() == null) {
            return false;
        }
        String host = p.kmsHost().trim();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = p.kmsPort() == null ? KmsEndpoint.DEFAULT_PORT : p.kmsPort();
        return host.toLowerCase(Locale.ROOT).equals(target.host().value().toLowerCase(Locale.ROOT)) && port == target.port();
    }
}
