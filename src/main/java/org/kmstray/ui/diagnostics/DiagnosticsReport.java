package org.kmstray.ui.diagnostics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.ErrorCatalogue;
import org.kmstray.license.Explanation;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.ProductError;
import org.kmstray.license.Unreadable;
import org.kmstray.network.Evidence;
import org.kmstray.network.LocationReport;
import org.kmstray.network.LocationReportText;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.ProbeResultText;
import org.kmstray.reminder.AppState;
import org.kmstray.renewal.NotRenewed;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.settings.Resolved;
import org.kmstray.settings.Setting;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;
import org.kmstray.ui.status.ProductLabel;

/**
 * The plain-text report a user pastes into a mail to the help desk: the products with their SKU, key
 * ending, status, reason and expiry; where the PC is and why; the KMS probe; the last renewal; every
 * error explained; the settings and versions. Labels are in the user's language, values as Windows
 * reports them. It holds no user name, home folder, computer name or full product key.
 */
public final class DiagnosticsReport {
    private static final String NL = System.lineSeparator();

    private final Messages m;
    private final ZoneId zone;
    private final Environment env;
    private final StringBuilder out = new StringBuilder();

    /** What the report says about the machine, and what it must leave out. */
    record Environment(Instant now, String javaVersion, String javaVendor, String os, String userName, String userHome) {
        static Environment current() {
            return new Environment(Instant.now(), System.getProperty("java.version", "?"), System.getProperty("java.vendor", "?"),
                    System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " ("
                            + System.getProperty("os.arch", "?") + ")",
                    System.getProperty("user.name", ""), System.getProperty("user.home", ""));
        }
    }

    private DiagnosticsReport(Messages m, ZoneId zone, Environment env) {
        this.m = m;
        this.zone = zone;
        this.env = env;
    }

    /** @param settings the settings to list; null leaves the settings out */
    public static String text(AppState state, Messages m, ZoneId zone, String appVersion, Settings settings) {
        return text(state, m, zone, appVersion, settings, Environment.current());
    }

    static String text(AppState state, Messages m, ZoneId zone, String appVersion, Settings settings, Environment env) {
        DiagnosticsReport r = new DiagnosticsReport(m, zone, env);
        r.header(state, appVersion);
        r.products(state);
        r.location(state);
        r.probe(state);
        r.renewal(state);
        r.errors(state);
        if (settings != null) {
            r.settings(settings);
        }
        return redact(r.out.toString(), env.userName(), env.userHome());
    }

    private void header(AppState state, String appVersion) {
        line(m.get("diagnostics.title"));
        line(m.get("diagnostics.made", m.dateTime(env.now(), zone), zone.getId()));
        line(m.get("diagnostics.app", appVersion == null ? "dev" : appVersion));
        if (state.demo()) {
            line(m.get("diagnostics.demo"));
        }
        line(m.get("diagnostics.java", env.javaVersion(), env.javaVendor()));
        line(m.get("diagnostics.os", env.os()));
        line(m.get("diagnostics.language", m.language().tag()));
        state.lastCheck().ifPresent(t -> line(m.get("diagnostics.lastCheck", m.dateTime(t, zone))));
    }

    private void products(AppState state) {
        section("diagnostics.section.products");
        LicenseSnapshot shown;
        if (state.current() instanceof Unreadable u) {
            line(m.get("diagnostics.unreadable", u.source(), m.get(u.messageKey(), u.args())));
            if (state.lastGood().isEmpty()) {
                return;
            }
            shown = state.lastGood().get();
            line(m.get("diagnostics.lastGood", shown.readAt() == null ? "?" : m.dateTime(shown.readAt(), zone)));
        } else {
            shown = (LicenseSnapshot) state.current();
        }
        line(m.get("diagnostics.reading", shown.source(), shown.readAt() == null ? "?" : m.dateTime(shown.readAt(), zone)));
        if (shown.products().isEmpty()) {
            line(m.get("diagnostics.noProducts"));
        }
        int i = 1;
        for (Product p : shown.products()) {
            product(i++, p, shown.readAt());
        }
    }

    private void product(int index, Product p, Instant readAt) {
        line("");
        line("[" + index + "] " + ProductLabel.name(p, m));
        field("diagnostics.product.name", p.name());
        field("diagnostics.product.description", p.description());
        field("diagnostics.product.sku", p.skuId());
        field("diagnostics.product.partialKey", p.partialKey());
        field("diagnostics.product.channel", p.channel() == null ? null
                : m.get("diagnostics.product.channelValue", p.channel(), m.get(p.kmsClient() ? "diagnostics.yes" : "diagnostics.no")));
        field("diagnostics.product.status", p.status() == null ? null : p.status().name() + " (" + m.get("status.license." + p.status().name()) + ")");
        field("diagnostics.product.reason", p.statusReason() == null ? null : p.statusReason().hex());
        if (p.remainingMinutes() != null) {
            field("diagnostics.product.daysLeft", m.get("diagnostics.product.daysLeftValue", p.daysLeft().orElse(0), p.remainingMinutes()));
        }
        p.expiresAt(readAt).ifPresent(e -> field("diagnostics.product.expires", m.dateTime(e, zone)));
        field("diagnostics.product.kmsHost", hostPort(p.kmsHost(), p.kmsPort()));
        field("diagnostics.product.discoveredKmsHost", hostPort(p.discoveredKmsHost(), p.discoveredKmsPort()));
        if (p.activationIntervalMinutes() != null || p.renewalIntervalMinutes() != null) {
            field("diagnostics.product.intervals", m.get("diagnostics.product.intervalsValue",
                    p.activationIntervalMinutes() == null ? "?" : p.activationIntervalMinutes(),
                    p.renewalIntervalMinutes() == null ? "?" : p.renewalIntervalMinutes()));
        }
        ActivationResult a = p.activation();
        if (a != null) {
            field("diagnostics.product.activation", a.succeeded() ? m.get("diagnostics.activation.ok")
                    : m.get("diagnostics.activation.failed", a.code() == null ? "?" : a.code().hex()));
        }
    }

    private void location(AppState state) {
        section("diagnostics.section.location");
        if (state.location().isEmpty()) {
            line(m.get("status.location.notChecked"));
            return;
        }
        LocationReport r = state.location().get();
        line(m.get("diagnostics.location", r.location().name(), LocationReportText.location(r.location(), m)));
        for (Evidence e : r.evidence()) {
            line("  - " + LocationReportText.evidence(e, m));
        }
    }

    private void probe(AppState state) {
        section("diagnostics.section.probe");
        ProbeResult p = state.probe().orElse(state.lastRenewal().map(RenewalReport::probe).orElse(null));
        if (p == null || p.outcome() == null) {
            line(m.get("diagnostics.probe.none"));
            return;
        }
        line(m.get("diagnostics.probe.value", p.host() == null ? "?" : p.host(), String.valueOf(p.port()), p.outcome().name(),
                p.address() == null ? "?" : p.address(), String.valueOf(p.millis()), p.detail() == null ? "" : p.detail()));
        line("  " + ProbeResultText.sentence(p, m));
    }

    private void renewal(AppState state) {
        section("diagnostics.section.renewal");
        if (state.renewing()) {
            line(m.get("diagnostics.renewing"));
        }
        if (state.lastRenewal().isEmpty()) {
            line(m.get("diagnostics.renewal.none"));
            return;
        }
        RenewalReport r = state.lastRenewal().get();
        line(m.get("diagnostics.renewal.outcome", r.outcome().name(), m.get("renewal.outcome." + r.outcome().name())));
        if (r.failure() != null) {
            line(m.get("diagnostics.renewal.failure", r.failure().kind().name(), m.get(r.failure().kind().messageKey(), r.failure().detail())));
        }
        if (!r.errors().isEmpty()) {
            line(m.get("diagnostics.renewal.errors", String.join(", ", r.errors().stream().map(Hresult::hex).toList())));
        }
        if (!r.vpnClient().isEmpty()) {
            line(m.get("renewal.vpnClient", r.vpnClient()));
        }
        for (NotRenewed n : r.notRenewed()) {
            line("  - " + m.get(n.reason().messageKey(), n.messageArgs(m)));
        }
    }

    private void errors(AppState state) {
        Set<Integer> seen = new LinkedHashSet<>();
        List<ProductError> errors = new java.util.ArrayList<>();
        state.lastRenewal().ifPresent(r -> errors.addAll(ProductError.of(r.stateAfter())));
        errors.addAll(ProductError.of(state.current()));
        state.lastGood().ifPresent(s -> errors.addAll(ProductError.of(s)));
        List<Hresult> codes = new java.util.ArrayList<>(errors.stream().map(ProductError::code).toList());
        state.lastRenewal().ifPresent(r -> codes.addAll(r.errors()));
        section("diagnostics.section.errors");
        boolean any = false;
        for (Hresult code : codes) {
            if (!seen.add(code.value())) {
                continue;
            }
            any = true;
            Explanation x = ErrorCatalogue.explain(code, m);
            line(code.hex() + ": " + x.meaning());
            line("  " + m.get("status.problem.remedy", x.remedy()));
        }
        if (!any) {
            line(m.get("diagnostics.errors.none"));
        }
    }

    private void settings(Settings settings) {
        section("diagnostics.section.settings");
        for (Setting<?> s : SettingKeys.ALL) {
            if (s == SettingKeys.REMINDER_STATE) {
                continue;
            }
            line(setting(settings, s));
        }
        String policy = settings.policy().describe();
        line(m.get("diagnostics.settings.policy", policy == null || policy.isBlank() ? m.get("status.none") : policy));
        for (SettingsWarning w : settings.warnings()) {
            line("  ! " + m.get(w.messageKey(), w.args()));
        }
    }

    private <T> String setting(Settings settings, Setting<T> s) {
        Resolved<T> r = settings.resolve(s);
        String value = s.format(r.value());
        return s.key() + " = " + (value.isEmpty() ? "\"\"" : value) + "  (" + m.get("diagnostics.origin." + r.origin().name()) + ")";
    }

    private void section(String key) {
        line("");
        line("== " + m.get(key) + " ==");
    }

    private void field(String key, String value) {
        if (value != null && !value.isBlank()) {
            line("    " + m.get(key) + ": " + value);
        }
    }

    private void line(String s) {
        out.append(s).append(NL);
    }

    private static String hostPort(String host, Integer port) {
        if (host == null || host.isBlank()) {
            return null;
        }
        return host + ":" + (port == null ? "1688" : port);
    }

    /** Removes the home folder and the user's name wherever they appear (a VPN client path, a policy file). */
    static String redact(String text, String userName, String userHome) {
        String out = text;
        if (userHome != null && userHome.length() > 3) {
            out = out.replace(userHome, "~");
        }
        if (userName != null && userName.length() >= 2) {
            Matcher mt = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(userName) + "(?![\\p{L}\\p{N}])").matcher(out);
            out = mt.replaceAll(Matcher.quoteReplacement("<user>"));
        }
        return out;
    }
}
