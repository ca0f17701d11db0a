package org.kmstray.reminder;

import java.time.Instant;
import java.util.Optional;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.RenewalReport;

/**
 * Everything the tray, the status window and the fleet signals show, as of one moment. Immutable: each
 * check or renewal makes a new one, so a window painting it never sees half an update.
 *
 * @param current the latest reading; {@code Unreadable} when the last check could not read the state
 * @param lastGood the latest readable snapshot, kept while the state cannot be read so the tray can show it
 *                 with its age instead of 0 or 180 days
 * @param location where the PC was at the last check, when known
 * @param probe the latest KMS probe (from a renewal or a diagnostic check), when one ran
 * @param lastRenewal the latest renewal this run of the app made, when one ran
 * @param lastCheck when the state was last read, empty before the first check
 * @param renewing whether a renewal is running now
 * @param demo whether this is the simulated demo PC
 */
public record AppState(LicenseReading current, Optional<LicenseSnapshot> lastGood, Optional<LocationReport> location,
        Optional<ProbeResult> probe, Optional<RenewalReport> lastRenewal, Optional<Instant> lastCheck,
        boolean renewing, boolean demo) {

    public AppState {
        if (current == null) {
            throw new IllegalArgumentException("no reading");
        }
        lastGood = lastGood == null ? Optional.empty() : lastGood;
        location = location == null ? Optional.empty() : location;
        probe = probe == null ? Optional.empty() : probe;
        lastRenewal = lastRenewal == null ? Optional.empty() : lastRenewal;
        lastCheck = lastCheck == null ? Optional.empty() : lastCheck;
    }
}
