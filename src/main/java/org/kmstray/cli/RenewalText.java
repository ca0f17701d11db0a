package org.kmstray.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import org.kmstray.i18n.Messages;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.network.LocationReport;
import org.kmstray.network.LocationReportText;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.ProbeResultText;
import org.kmstray.renewal.NotRenewed;
import org.kmstray.renewal.RenewalOutcome;
import org.kmstray.renewal.RenewalReport;

/**
 * The human form of a renewal: what happened in one sentence, what the probe and the location said, the
 * KMS products afterwards with their errors explained, and the products left alone with whom to ask.
 */
public final class RenewalText {
    private final Messages m;
    private final ZoneId zone;

    public RenewalText(Messages m, ZoneId zone) {
        this.m = m;
        this.zone = zone;
    }

    public void print(RenewalReport report, PrintStream out) {
        out.println(m.get("renewal.outcome." + report.outcome().name()));
        if (report.outcome() == RenewalOutcome.VPN_REQUIRED && !report.vpnClient().isEmpty()) {
            out.println(m.get("renewal.vpnClient", report.vpnClient()));
        }
        if (report.failure() != null) {
            out.println(m.get(report.failure().kind().messageKey(), report.failure().detail()));
        }
        ProbeResult p = report.probe();
        if (p != null && p.outcome() != null) {
            out.println(ProbeResultText.sentence(p, m));
        }
        LocationReport where = report.location();
        if (where != null && where.location() != null) {
            out.println(m.get("cli.network.location", LocationReportText.location(where.location(), m)));
            for (String line : LocationReportText.evidence(where, m)) {
                out.println(m.get("cli.network.evidenceLine", line));
            }
        }
        out.println();
        LicenseReading state = report.stateAfter();
        if (state instanceof LicenseSnapshot s) {
            // The KMS products here; the others follow with the reason they are left alone.
            if (!s.kmsClients().isEmpty()) {
                new ReadingText(m, zone).print(new LicenseSnapshot(s.source(), s.readAt(), s.kmsClients()), out);
            }
        } else {
            new ReadingText(m, zone).print(state, out);
        }
        if (!report.notRenewed().isEmpty()) {
            out.println();
            out.println(m.get("cli.renew.notRenewed"));
            for (NotRenewed n : report.notRenewed()) {
                out.println("  " + m.get(n.reason().messageKey(), n.messageArgs(m)));
            }
        }
    }
}
