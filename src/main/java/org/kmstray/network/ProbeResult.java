package org.kmstray.network;

/**
 * The result of one probe.
 *
 * @param host the host asked for (or found through DNS discovery); null when there was none
 * @param port the port probed: the one asked for, or the one the SRV record named
 * @param address the address (IP text, no brackets) of the attempt the outcome comes from; null when
 *     no address was tried
 * @param millis the time the whole probe took, name resolution included
 * @param detail a short technical note for diagnostics (e.g. "bind_nak reason 2"), never shown alone
 */
public record ProbeResult(String host, int port, ProbeOutcome outcome, String address, long millis, String detail) {
    public boolean answered() {
        return outcome == ProbeOutcome.KMS_ANSWERED;
    }
}
