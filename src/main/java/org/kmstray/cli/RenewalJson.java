package org.kmstray.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.network.Evidence;
import org.kmstray.network.LocationReport;
import org.kmstray.network.LocationReportText;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.ProbeResultText;
import org.kmstray.renewal.NotRenewed;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.renewal.RunFailure;

/**
 * The JSON of {@code renew} (README): {@code outcome}, {@code probe}, {@code location}, {@code products}
 * (as in {@code status}, with their activation results), {@code errors}, then {@code notRenewed},
 * {@code vpnClient}, {@code failure} and {@code message}. Unknown values are null.
 */
public final class RenewalJson {
    private RenewalJson() {
    }

    public static Map<String, Object> of(RenewalReport report, Messages m) {
        Map<String, Object> root = Json.object();
        root.put("outcome", report.outcome().name());
        root.put("probe", probe(report.probe(), m));
        root.put("location", location(report.location(), m));
        LicenseReading state = report.stateAfter();
        Instant readAt = state instanceof LicenseSnapshot s ? s.readAt() : null;
        List<Object> products = new ArrayList<>();
        for (Product p : report.products()) {
            products.add(ReadingJson.product(p, readAt));
        }
        root.put("products", products);
        root.put("errors", ReadingJson.errors(state, m));
        List<Object> skipped = new ArrayList<>();
        for (NotRenewed n : report.notRenewed()) {
            Map<String, Object> o = Json.object();
            o.put("name", n.product().name());
            o.put("skuId", n.product().skuId());
            o.put("channel", n.product().channel());
            o.put("reason", n.reason().name());
            o.put("message", m.get(n.reason().messageKey(), n.messageArgs(m)));
            skipped.add(o);
        }
        root.put("notRenewed", skipped);
        root.put("vpnClient", report.vpnClient().isEmpty() ? null : report.vpnClient());
        root.put("failure", failure(report.failure(), m));
        root.put("message", m.get("renewal.outcome." + report.outcome().name()));
        if (state instanceof Unreadable u) {
            root.put("unreadable", m.get(u.messageKey(), u.args()));
        }
        return root;
    }

    static Map<String, Object> probe(ProbeResult p, Messages m) {
        if (p == null || p.outcome() == null) {
            return null;
        }
        Map<String, Object> o = Json.object();
        o.put("host", p.host());
        o.put("port", p.port());
        o.put("outcome", p.outcome().name());
        o.put("address", p.address());
        o.put("millis", p.millis());
        o.put("detail", p.detail());
        o.put("text", ProbeResultText.sentence(p, m));
        return o;
    }

    static Map<String, Object> location(LocationReport l, Messages m) {
        if (l == null) {
            return null;
        }
        Map<String, Object> o = Json.object();
        o.put("location", l.location() == null ? null : l.location().name());
        // Each item as the network command prints it: message key, its arguments, and the sentence.
        List<Object> evidence = new ArrayList<>();
        for (Evidence e : l.evidence()) {
            Map<String, Object> item = Json.object();
            item.put("key", e.messageKey());
            item.put("args", List.copyOf(e.args()));
            item.put("text", LocationReportText.evidence(e, m));
            evidence.add(item);
        }
        o.put("evidence", evidence);
        return o;
    }

    static Map<String, Object> failure(RunFailure f, Messages m) {
        if (f == null) {
            return null;
        }
        Map<String, Object> o = Json.object();
        o.put("kind", f.kind().name());
        o.put("detail", f.detail());
        o.put("message", m.get(f.kind().messageKey(), f.detail()));
        return o;
    }
}
