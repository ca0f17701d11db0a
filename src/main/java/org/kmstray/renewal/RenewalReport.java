package org.kmstray.renewal;

import java.util.List;
import java.util.Optional;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeResult;

/**
 * What a renewal did and found.
 *
 * @param probe the KMS probe before any prompt; null when the run ended before it (nothing to renew,
 *              unreadable state)
 * @param location where the PC was at that moment; null when not determined
 * @param products the products as read after the renewal (or before it, when nothing ran), those that were
 *                 activated carrying their {@link Product#activation() activation} result
 * @param errors the distinct HRESULTs of failed activations of KMS client products, in product order
 * @param after the license state at the end: read again after an activation step, otherwise the reading
 *              the run started from; null only when there was none
 * @param vpnClient the configured VPN client (program or web address) to offer with {@code VPN_REQUIRED};
 *                  empty when none is configured
 * @param failure why the activation step itself failed (timeout, exit code, unreadable result); null otherwise
 */
public record RenewalReport(RenewalOutcome outcome, ProbeResult probe, LocationReport location, List<Product> products,
        List<Hresult> errors, LicenseReading after, String vpnClient, RunFailure failure) {

    public RenewalReport {
        if (outcome == null) {
            throw new IllegalArgumentException("no outcome");
        }
        products = List.copyOf(products);
        errors = List.copyOf(errors);
        vpnClient = vpnClient == null ? "" : vpnClient;
    }

    /** The report as the shared contract names it, without VPN client or runner failure. */
    public RenewalReport(RenewalOutcome outcome, ProbeResult probe, LocationReport location, List<Product> products,
            List<Hresult> errors, LicenseReading after) {
        this(outcome, probe, location, products, errors, after, "", null);
    }

    /**
     * The state at the end, each activated product carrying its result: what a {@code Verdict} is taken
     * from. Unreadable when the state could not be read.
     */
    public LicenseReading stateAfter() {
        if (after instanceof LicenseSnapshot s) {
            return new LicenseSnapshot(s.source(), s.readAt(), products);
        }
        if (after != null) {
            return after;
        }
        return new Unreadable("renewal", "renewal.outcome.FAILED", null);
    }

    /** The products a renewal leaves alone, each with the reason to tell the user. */
    public List<NotRenewed> notRenewed() {
        return products.stream().map(NotRenewed::of).flatMap(Optional::stream).toList();
    }
}
