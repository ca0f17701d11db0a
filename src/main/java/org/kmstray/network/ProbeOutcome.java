package org.kmstray.network;

/** What a KMS probe found. Only {@link #KMS_ANSWERED} means a renewal can reach the host. */
public enum ProbeOutcome {
    /** A DCE/RPC bind_ack accepted the KMS interface. */
    KMS_ANSWERED,
    /** Connected, but the reply was no valid bind_ack for the KMS interface (or no reply at all). */
    NOT_KMS,
    REFUSED,
    TIMEOUT,
    DNS_FAILED,
    /** No host configured and DNS discovery found none. */
    NO_HOST
}
