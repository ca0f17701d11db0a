package org.kmstray.reminder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kmstray.i18n.Messages;
import org.kmstray.license.ProductNames;
import org.kmstray.license.ErrorCatalogue;
import org.kmstray.license.Explanation;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Unreadable;
import org.kmstray.network.ProbeResultText;
import org.kmstray.renewal.NotRenewed;
import org.kmstray.renewal.RenewalReport;
import org.kmstray.reminder.RenewalNotification.Kind;

/**
 * The notification that tells how a renewal ended, in plain words: the new expiry date, what to do about the
 * VPN, what the KMS probe found, the error explained. A cancelled renewal stays quiet: the user chose it.
 * Sentences the command line already uses ({@code renewal.outcome.*}) are reused so both say the same.
 */
public final class RenewalMessages {
    private RenewalMessages() {
    }

    public static Optional<RenewalNotification> notificationFor(RenewalReport report, Messages m, ZoneId zone) {
        return Optional.ofNullable(switch (report.outcome()) {
            case RENEWED -> new RenewalNotification(Kind.INFO, m.get("renewal.notice.renewed.title"), renewed(report, m, zone), false);
            case VPN_REQUIRED -> new RenewalNotification(Kind.WARNING, m.get("renewal.notice.vpn.title"),
                    m.get("renewal.notice.vpn.text"), !report.vpnClient().isEmpty());
            case KMS_UNREACHABLE -> new RenewalNotification(Kind.WARNING, m.get("renewal.notice.unreachable.title"),
                    lines(m.get("renewal.outcome.KMS_UNREACHABLE"), probe(report, m)), false);
            case FAILED -> new RenewalNotification(Kind.ERROR, m.get("renewal.notice.failed.title"), failed(report, m), false);
            case NOT_VERIFIED -> new RenewalNotification(Kind.WARNING, m.get("renewal.notice.notVerified.title"),
                    m.get("renewal.outcome.NOT_VERIFIED"), false);
            case NOTHING_TO_RENEW -> new RenewalNotification(Kind.INFO, m.get("renewal.notice.nothing.title"), nothing(report, m), false);
            case CANCELLED -> null;
        });
    }

    private static String renewed(RenewalReport report, Messages m, ZoneId zone) {
        LicenseReading after = report.stateAfter();
        if (after instanceof LicenseSnapshot s) {
            Optional<Headline> h = Headline.of(s).filter(x -> !x.lapsed() && x.expiresAt().isPresent());
            if (h.isPresent()) {
                String name = ProductNames.friendly(h.get().product(), m);
                String date = m.date(h.get().expiresAt().get(), zone);
                int others = s.kmsClients().size() - 1;
                return others == 0 ? m.get("renewal.notice.renewed.one", name, date)
                        : m.get("renewal.notice.renewed.many", name, date, others);
            }
        }
        return m.get("renewal.outcome.RENEWED");
    }

    private static String probe(RenewalReport report, Messages m) {
        return report.probe() == null || report.probe().outcome() == null ? null : ProbeResultText.sentence(report.probe(), m);
    }

    /** The first error explained (what it means, what to do), else why the activation step failed. */
    private static String failed(RenewalReport report, Messages m) {
        if (!report.errors().isEmpty()) {
            Explanation e = ErrorCatalogue.explain(report.errors().get(0), m);
            return m.get("renewal.notice.failed.error", e.code().hex(), e.meaning(), e.remedy());
        }
        if (report.failure() != null) {
            return lines(m.get("renewal.outcome.FAILED"), m.get(report.failure().kind().messageKey(), report.failure().detail()));
        }
        if (report.stateAfter() instanceof Unreadable u) {
            return m.get(u.messageKey(), u.args());
        }
        return m.get("renewal.outcome.FAILED");
    }

    private static String nothing(RenewalReport report, Messages m) {
        List<String> out = new ArrayList<>();
        out.add(m.get("renewal.outcome.NOTHING_TO_RENEW"));
        for (NotRenewed n : report.notRenewed()) {
            out.add(m.get(n.reason().messageKey(), n.messageArgs(m)));
        }
        return String.join("\n", out);
    }

    private static String lines(String first, String second) {
        return second == null || second.isEmpty() ? first : first + "\n" + second;
    }
}
