package org.kmstray.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.ProductError;
import org.kmstray.license.Unreadable;
import org.kmstray.license.Verdict;
import org.kmstray.reminder.AppState;
import org.kmstray.renewal.RenewalReport;

/**
 * Turns a finished check or renewal into its event: the signal by the same rules as the {@code status} exit
 * code and the renewal outcome, and an English message with the facts an administrator needs (products,
 * days left, expiry, HRESULTs). Pure: no clock, no I/O.
 */
public final class FleetEvents {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private FleetEvents() {
    }

    public static FleetEvent ofCheck(AppState state, int warnDays) {
        Verdict verdict = Verdict.of(state.current(), warnDays);
        FleetSignal signal = FleetSignal.of(verdict);
        List<String> lines = new ArrayList<>();
        lines.add(switch (verdict) {
            case OK -> "KMS activation check: OK. Every KMS client product has more than " + warnDays + " days left.";
            case EXPIRING -> "KMS activation check: EXPIRING. A KMS client product has " + warnDays + " days or fewer left.";
            case PROBLEM -> "KMS activation check: PROBLEM. A KMS client product has expired, is unlicensed, in a grace or notification"
                    + " state, or its activation failed.";
            case UNREADABLE -> "KMS activation check: UNREADABLE. The license state could not be read: "
                    + reason(state.current());
            case NO_KMS_PRODUCT -> "KMS activation check: NO_KMS_PRODUCT. No KMS client product was found on this PC.";
        });
        lines.add("Exit code of status: " + verdict.exitCode() + ".");
        describe(state.current(), lines);
        if (!(state.current() instanceof LicenseSnapshot) && state.lastGood().isPresent()) {
            lines.add("Last readable state:");
            describe(state.lastGood().get(), lines);
        }
        state.location().ifPresent(l -> lines.add("Location: " + l.location() + "."));
        if (state.demo()) {
            lines.add("Demo mode: this is the simulated PC, not a real license state.");
        }
        return new FleetEvent(signal, String.join("\n", lines), subject(signal, state.current()));
    }

    public static FleetEvent ofRenewal(RenewalReport report, int warnDays) {
        FleetSignal signal = FleetSignal.of(report.outcome());
        List<String> lines = new ArrayList<>();
        lines.add("KMS renewal: " + report.outcome() + ". " + outcomeSentence(report));
        for (Hresult code : report.errors()) {
            lines.add("HRESULT " + code.hex() + failedProducts(report, code) + ".");
        }
        if (report.failure() != null) {
            lines.add("Activation step failed: " + report.failure().kind() + " (" + report.failure().detail() + ").");
        }
        if (report.probe() != null) {
            var p = report.probe();
            lines.add("KMS host " + (p.host() == null ? "(none found)" : p.host() + ":" + p.port()) + ": " + p.outcome()
                    + (p.address() == null ? "" : " at " + p.address()) + " in " + p.millis() + " ms.");
        }
        if (report.location() != null) {
            lines.add("Location: " + report.location().location() + ".");
        }
        LicenseReading after = report.stateAfter();
        lines.add("State afterwards: " + Verdict.of(after, warnDays) + ".");
        describe(after, lines);
        String subject = signal + "|" + report.errors().stream().map(Hresult::hex).collect(Collectors.joining(","))
                + "|" + (report.failure() == null ? "" : report.failure().kind())
                + "|" + (report.probe() == null ? "" : report.probe().outcome() + "@" + report.probe().host());
        return new FleetEvent(signal, String.join("\n", lines), subject);
    }

    private static String outcomeSentence(RenewalReport report) {
        return switch (report.outcome()) {
            case RENEWED -> "Every KMS client product was activated and has its 180 days again.";
            case FAILED -> "The renewal failed.";
            case VPN_REQUIRED -> "The KMS host did not answer and the PC is not on the campus network: the VPN is needed.";
            case KMS_UNREACHABLE -> "The KMS host did not answer although the PC is on the campus network or the VPN.";
            case CANCELLED -> "The user declined the administrator prompt; nothing was changed.";
            case NOT_VERIFIED -> "Activation reported success but the license read afterwards did not change.";
            case NOTHING_TO_RENEW -> "No product on this PC is activated by a KMS host.";
        };
    }

    private static String failedProducts(RenewalReport report, Hresult code) {
        String names = ProductError.of(report.stateAfter()).stream().filter(e -> e.code().equals(code) && e.product() != null)
                .map(e -> e.product().name()).distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : " for " + names;
    }

    private static void describe(LicenseReading reading, List<String> lines) {
        if (!(reading instanceof LicenseSnapshot s)) {
            return;
        }
        for (Product p : s.kmsClients()) {
            lines.add("- " + product(p, s.readAt()));
        }
        for (ProductError e : ProductError.of(s)) {
            if (e.product() == null || !e.product().kmsClient()) {
                lines.add("- error " + e.code().hex() + (e.product() == null ? "" : " for " + e.product().name()));
            }
        }
        lines.add("Source: " + s.source() + (s.readAt() == null ? "" : ", read at " + s.readAt()) + ".");
    }

    private static String product(Product p, Instant readAt) {
        StringBuilder b = new StringBuilder(String.valueOf(p.name()));
        b.append(": ").append(p.status() == null ? "status unknown" : p.status().name());
        p.daysLeft().ifPresent(d -> b.append(", ").append(d).append(d == 1 ? " day left" : " days left"));
        p.expiresAt(readAt).ifPresent(t -> b.append(", expires ").append(t));
        if (p.statusReason() != null && !p.statusReason().isSuccess()) {
            b.append(", status reason ").append(p.statusReason().hex());
        }
        if (p.activation() != null && !p.activation().succeeded()) {
            b.append(", activation failed").append(p.activation().code() == null ? "" : " with " + p.activation().code().hex());
        }
        return b.append('.').toString();
    }

    private static String reason(LicenseReading reading) {
        if (reading instanceof Unreadable u) {
            return ENGLISH.has(u.messageKey()) ? ENGLISH.get(u.messageKey(), u.args()) : u.messageKey();
        }
        return "";
    }

    /** The signal and what it is about; days left and times are left out so they do not defeat the throttle. */
    private static String subject(FleetSignal signal, LicenseReading reading) {
        if (reading instanceof Unreadable u) {
            return signal + "|" + u.messageKey();
        }
        LicenseSnapshot s = (LicenseSnapshot) reading;
        String products = s.kmsClients().stream().map(p -> p.skuId() + "/" + p.status()).sorted().collect(Collectors.joining(","));
        String errors = ProductError.of(s).stream().map(e -> e.code().hex()).sorted().distinct().collect(Collectors.joining(","));
        return signal + "|" + products + "|" + errors;
    }
}
