package org.kmstray.network;

/**
 * The result of one probe.
 *
 * @param host the host asked for (or found through DNS discovery); null when there was none
 * @param address the address last tried, null when none was
 * @param detail a short technical note for diagnostics (e.g. "bind_nak reason 2"), never shown alone
 */
public record ProbeResult(String host, int port, ProbeOutcome outcome, String address, long millis, String detail) {
    public boolean answered() {
        return outcome == ProbeOutcome.KMS_ANSWERED;
    }
}
