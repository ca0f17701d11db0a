package org.kmstray.ui.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kmstray.license.Product;

/**
 * Everything the status window shows, already in words, so it can be checked without a display.
 * An empty string means the window leaves that line out.
 *
 * @param headline the product nearest to expiry and its days left, or why nothing can be shown
 * @param staleNote when the state could not be read now: that the table shows the last good reading, and its age
 * @param renewalAge "last renewed about N days ago" for the product nearest to expiry
 * @param renewalAgeHint what that number means: on campus Windows renews every 7 days by itself
 * @param probe what the latest KMS probe found
 * @param renewalOutcome the last renewal's outcome in one sentence
 * @param renewalDetails why the activation step failed, when it did
 * @param problems error codes in the reading and the last renewal, each explained
 * @param vpnClient the VPN client to offer after a VPN_REQUIRED outcome; empty when there is none
 * @param calendarProduct the product an .ics file is made for, with its expiry
 */
public record StatusView(
        boolean demo,
        String headline,
        String headlineDetail,
        Severity severity,
        String staleNote,
        List<ProductRow> rows,
        String renewalAge,
        String renewalAgeHint,
        String location,
        List<String> evidence,
        String probe,
        String lastCheck,
        String renewalOutcome,
        boolean renewalFailed,
        List<String> renewalDetails,
        List<Problem> problems,
        boolean renewing,
        String vpnClient,
        Optional<Product> calendarProduct,
        Optional<Instant> calendarExpiry) {

    public StatusView {
        rows = List.copyOf(rows);
        evidence = List.copyOf(evidence);
        renewalDetails = List.copyOf(renewalDetails);
        problems = List.copyOf(problems);
    }

    /** An error code explained: what it means and what to do. */
    public record Problem(String code, String product, String meaning, String remedy) {
    }

    public boolean showsVpnClient() {
        return !vpnClient.isEmpty();
    }

    public boolean canAddToCalendar() {
        return calendarProduct.isPresent() && calendarExpiry.isPresent();
    }
}
