package org.kmstray.network.rpc;

/**
 * What a server answered to the probe's bind.
 *
 * @param kind what sort of answer it was
 * @param detail a short technical description for diagnostics, e.g. "bind_nak reason 4 (protocol
 *     version not supported)"
 */
public record BindReply(Kind kind, String detail) {
    public enum Kind {
        /** A bind_ack whose first result accepts the offered context with the NDR transfer syntax. */
        ACCEPTED,
        /** A bind_ack that rejects the context (user or provider rejection). */
        REJECTED,
        /** A bind_nak: the server refused the association as a whole. */
        NAK,
        /** A well-formed DCE/RPC PDU of another type, or for another call. */
        UNEXPECTED,
        /** Not DCE/RPC at all, or a PDU whose fields do not add up. */
        NOT_RPC
    }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }
}
