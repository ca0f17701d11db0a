package org.kmstray.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.ErrorCatalogue;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.ProductError;
import org.kmstray.license.Unreadable;

/** The documented, stable JSON shape of a license reading (README "JSON output"). Unknown values are null. */
public final class ReadingJson {
    private ReadingJson() {
    }

    public static Map<String, Object> of(LicenseReading reading, Messages m) {
        Map<String, Object> root = Json.object();
        root.put("source", reading.source());
        List<Object> products = new ArrayList<>();
        Instant readAt = null;
        if (reading instanceof LicenseSnapshot s) {
            readAt = s.readAt();
            for (Product p : s.products()) {
                products.add(product(p, readAt));
            }
        }
        root.put("readAt", readAt == null ? null : readAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        root.put("products", products);
        root.put("errors", errors(reading, m));
        if (reading instanceof Unreadable u) {
            root.put("unreadable", m.get(u.messageKey(), u.args()));
        }
        return root;
    }

    public static Map<String, Object> product(Product p, Instant readAt) {
        Map<String, Object> o = Json.object();
        o.put("name", p.name());
        o.put("description", p.description());
        o.put("skuId", p.skuId());
        o.put("application", p.application() == null ? null : p.application().name());
        o.put("kmsClient", p.kmsClient());
        o.put("channel", p.channel());
        o.put("status", p.status() == null ? null : p.status().name());
        o.put("statusReason", p.statusReason() == null ? null : p.statusReason().hex());
        o.put("remainingMinutes", p.remainingMinutes());
        o.put("daysLeft", p.daysLeft().orElse(null));
        o.put("expiresAt", p.expiresAt(readAt).map(i -> i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()).orElse(null));
        o.put("partialKey", p.partialKey());
        o.put("kmsHost", p.kmsHost());
        o.put("kmsPort", p.kmsPort());
        ActivationResult a = p.activation();
        if (a == null) {
            o.put("activation", null);
        } else {
            Map<String, Object> act = Json.object();
            act.put("succeeded", a.succeeded());
            act.put("code", a.code() == null ? null : a.code().hex());
            o.put("activation", act);
        }
        return o;
    }

    public static List<Object> errors(LicenseReading reading, Messages m) {
        List<Object> out = new ArrayList<>();
        for (ProductError e : ProductError.of(reading)) {
            org.kmstray.license.Explanation x = ErrorCatalogue.explain(e.code(), m);
            Map<String, Object> o = Json.object();
            o.put("code", e.code().hex());
            o.put("product", e.product() == null ? null : e.product().name());
            o.put("meaning", x.meaning());
            o.put("remedy", x.remedy());
            out.add(o);
        }
        return out;
    }
}
