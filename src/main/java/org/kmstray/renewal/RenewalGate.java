package org.kmstray.renewal;

import org.kmstray.network.Location;
import org.kmstray.network.LocationReport;
import org.kmstray.network.ProbeResult;

/**
 * The check before any administrator prompt: a prompt that cannot lead to an activation is never shown.
 * The KMS host answering is the only way on; otherwise where the PC is says what to tell the user.
 */
public final class RenewalGate {
    public enum Decision {
        PROCEED,
        /** Off campus, or where the PC is cannot be told: the campus VPN is the likely fix. */
        VPN_REQUIRED,
        /** On campus or on the VPN, yet the host does not answer: the VPN will not help. */
        KMS_UNREACHABLE
    }

    private RenewalGate() {
    }

    public static Decision decide(ProbeResult probe, LocationReport location) {
        if (probe != null && probe.answered()) {
            return Decision.PROCEED;
        }
        Location where = location == null ? Location.UNKNOWN : location.location();
        return switch (where) {
            case ON_CAMPUS, ON_VPN -> Decision.KMS_UNREACHABLE;
            case OFF_CAMPUS, UNKNOWN -> Decision.VPN_REQUIRED;
        };
    }
}
