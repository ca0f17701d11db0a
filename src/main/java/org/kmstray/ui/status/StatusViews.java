package org.kmstray.ui.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ErrorCatalogue;
import org.kmstray.license.Explanation;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.LicenseStatus;
import org.kmstray.license.Product;
import org.kmstray.license.ProductError;
import org.kmstray.license.Unreadable;
import org.kmstray.network.LocationReportText;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.ProbeResultText;
import org.kmstray.reminder.AppState;
import org.kmstray.reminder.Headline;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

/** Turns an {@link AppState} into the words of the status window. */
public final class StatusViews {
    /** On campus Windows renews a KMS activation this often by itself (the default renewal interval). */
    static final int AUTO_RENEWAL_DAYS = 7;
    private static final int VALIDITY_DAYS = (int) (Product.VALIDITY_MINUTES / Product.MINUTES_PER_DAY);

    private final Messages m;
    private final ZoneId zone;
    private final int warnDays;

    public StatusViews(Messages m, ZoneId zone, int warnDays) {
        this.m = m;
        this.zone = zone;
        this.warnDays = warnDays;
    }

    public StatusView of(AppState state, Instant now) {
        Optional<LicenseSnapshot> shown = state.current() instanceof LicenseSnapshot s ? Optional.of(s) : state.lastGood();
        String headline;
        String detail = "";
        Severity severity = Severity.NEUTRAL;
        String stale = "";
        List<ProductRow> rows = List.of();
        String age = "";
        String ageHint = "";
        Optional<Product> nearest = Optional.empty();
        Optional<Instant> expiry = Optional.empty();

        if (state.current() instanceof Unreadable u) {
            String reason = m.get(u.messageKey(), u.args());
            if (state.lastGood().isPresent()) {
                Instant readAt = state.lastGood().get().readAt();
                stale = readAt == null ? m.get("status.stale.noTime", reason)
                        : m.get("status.stale", reason, RelativeTime.ago(readAt, now, m), m.dateTime(readAt, zone));
            } else {
                detail = reason;
            }
        }
        if (shown.isEmpty()) {
            headline = m.get("status.headline.unreadable");
        } else {
            LicenseSnapshot s = shown.get();
            ProductRows productRows = new ProductRows(m, zone, warnDays);
            rows = productRows.of(s);
            // The product the tray icon and the reminders name: one not activated first, else the soonest to run out.
            nearest = Headline.of(s).filter(h -> h.lapsed() || h.product().remainingMinutes() != null).map(Headline::product);
            if (nearest.isPresent()) {
                Product p = nearest.get();
                ProductRow row = productRows.row(p, s.readAt());
                severity = row.severity();
                String name = ProductLabel.name(p, m);
                if (p.remainingMinutes() == null || p.remainingMinutes() <= 0) {
                    headline = m.get("status.headline.expired", name);
                    detail = detail.isEmpty() ? m.get("status.headline.expired.detail") : detail;
                } else {
                    int days = p.daysLeft().orElse(0);
                    headline = m.get(p.status() == LicenseStatus.LICENSED || p.status() == null
                            ? "status.headline.days" : "status.headline.grace", name, days);
                    expiry = p.expiresAt(s.readAt());
                    if (expiry.isPresent() && detail.isEmpty()) {
                        detail = m.get("status.headline.expires", m.date(expiry.get(), zone));
                    }
                    if (p.status() == LicenseStatus.LICENSED) {
                        int renewedDaysAgo = Math.max(0, VALIDITY_DAYS - days);
                        age = renewedDaysAgo == 0 ? m.get("status.renewalAge.today") : m.get("status.renewalAge", renewedDaysAgo);
                        ageHint = renewedDaysAgo <= AUTO_RENEWAL_DAYS ? m.get("status.renewalAge.hint.normal", AUTO_RENEWAL_DAYS)
                                : m.get("status.renewalAge.hint.late", AUTO_RENEWAL_DAYS, renewedDaysAgo);
                    }
                }
            } else if (s.products().isEmpty()) {
                headline = m.get("status.headline.noProducts");
            } else {
                headline = m.get("status.headline.noKms");
            }
        }

        String location = state.location().map(r -> LocationReportText.location(r.location(), m))
                .orElse(m.get("status.location.notChecked"));
        List<String> evidence = state.location().map(r -> LocationReportText.evidence(r, m)).orElse(List.of());

        Optional<RenewalReport> renewal = state.lastRenewal();
        Optional<ProbeResult> probe = state.probe().or(() -> renewal.map(RenewalReport::probe));
        String probeText = probe.filter(p -> p.outcome() != null).map(p -> ProbeResultText.sentence(p, m)).orElse("");

        String lastCheck = state.lastCheck()
                .map(t -> m.get("status.lastCheck", RelativeTime.ago(t, now, m), m.dateTime(t, zone)))
                .orElse(m.get("status.lastCheck.never"));

        String outcome = "";
        boolean failed = false;
        List<String> renewalDetails = new ArrayList<>();
        String vpnClient = "";
        if (renewal.isPresent()) {
            RenewalReport r = renewal.get();
            outcome = m.get("renewal.outcome." + r.outcome().name());
            failed = r.outcome() != RenewalOutcome.RENEWED && r.outcome() != RenewalOutcome.CANCELLED;
            if (r.failure() != null) {
                renewalDetails.add(m.get(r.failure().kind().messageKey(), r.failure().detail()));
            }
            if (r.outcome() == RenewalOutcome.VPN_REQUIRED) {
                vpnClient = r.vpnClient();
            }
        }

        return new StatusView(state.demo(), headline, detail, severity, stale, rows, age, ageHint, location, evidence,
                probeText, lastCheck, outcome, failed, renewalDetails, problems(shown, renewal), state.renewing(), vpnClient,
                expiry.isPresent() ? nearest : Optional.empty(), expiry);
    }

    private List<StatusView.Problem> problems(Optional<LicenseSnapshot> shown, Optional<RenewalReport> renewal) {
        List<StatusView.Problem> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        if (renewal.isPresent()) {
            for (ProductError e : ProductError.of(renewal.get().stateAfter())) {
                add(out, seen, e.code(), e.product());
            }
            for (Hresult code : renewal.get().errors()) {
                add(out, seen, code, null);
            }
        }
        shown.ifPresent(s -> ProductError.of(s).forEach(e -> add(out, seen, e.code(), e.product())));
        return out;
    }

    private void add(List<StatusView.Problem> out, Set<Integer> seen, Hresult code, Product product) {
        if (!seen.add(code.value())) {
            return;
        }
        Explanation x = ErrorCatalogue.explain(code, m);
        out.add(new StatusView.Problem(code.hex(), product == null ? "" : ProductLabel.name(product, m), x.meaning(), x.remedy()));
    }
}
