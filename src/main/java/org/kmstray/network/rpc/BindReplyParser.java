package org.kmstray.network.rpc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the server's answer to a bind (C706 §12.6.4.4 bind_ack, §12.6.4.5 bind_nak). Pure: takes the
 * bytes of one complete PDU and never throws for any input.
 *
 * <p>bind_ack layout after the 16-byte common header: max_xmit_frag (u16), max_recv_frag (u16),
 * assoc_group_id (u32), the secondary address ({@code port_any_t}: u16 length, then that many bytes
 * including the terminating NUL), padding to the next 4-byte boundary of the PDU, then the result list:
 * n_results (u8), two reserved bytes' worth (u8 + u16), and n_results entries of result (u16), reason
 * (u16) and the accepted transfer syntax (20 bytes).
 */
public final class BindReplyParser {
    private static final int RESULT_LENGTH = 4 + RpcSyntax.LENGTH;
    private static final String[] RESULTS = {"acceptance", "user rejection", "provider rejection", "negotiate ack"};
    private static final String[] PROVIDER_REASONS = {"reason not specified", "abstract syntax not supported",
        "proposed transfer syntaxes not supported", "local limit exceeded"};
    private static final String[] NAK_REASONS = {"reason not specified", "temporary congestion",
        "local limit exceeded", "called presentation address unknown", "protocol version not supported",
        "default context not supported", "user data not readable", "no presentation service access point available",
        "authentication type not recognized", "invalid checksum"};

    private BindReplyParser() {
    }

    /**
     * Whether the first bytes can start a DCE/RPC connection-oriented PDU, so the reader can stop
     * waiting for more of an answer that is plainly something else (an HTTP response, a banner).
     */
    public static boolean mayStartPdu(byte[] prefix, int length) {
        return length < 1 || Byte.toUnsignedInt(prefix[0]) == BindPdu.RPC_VERSION
                && (length < 2 || prefix[1] == 0 || prefix[1] == 1);
    }

    /** The fragment length from a header whose first 10 bytes are at hand, in the header's byte order. */
    public static int fragmentLength(byte[] header) {
        return Short.toUnsignedInt(ByteBuffer.wrap(header, 8, 2).order(order(header)).getShort());
    }

    public static BindReply parse(byte[] pdu, int expectedCallId) {
        if (pdu == null || pdu.length < BindPdu.HEADER_LENGTH) {
            return notRpc(pdu == null ? 0 : pdu.length, pdu, "reply shorter than a DCE/RPC header");
        }
        if (!mayStartPdu(pdu, pdu.length)) {
            return notRpc(pdu.length, pdu, "not DCE/RPC");
        }
        ByteBuffer b = ByteBuffer.wrap(pdu).order(order(pdu));
        int ptype = Byte.toUnsignedInt(pdu[2]);
        int fragLength = Short.toUnsignedInt(b.getShort(8));
        int authLength = Short.toUnsignedInt(b.getShort(10));
        int callId = b.getInt(12);
        if (fragLength != pdu.length) {
            return new BindReply(BindReply.Kind.NOT_RPC, "frag_length " + fragLength + " but " + pdu.length + " bytes");
        }
        if (callId != expectedCallId) {
            return new BindReply(BindReply.Kind.UNEXPECTED, "reply for call_id " + Integer.toUnsignedString(callId)
                    + ", expected " + Integer.toUnsignedString(expectedCallId));
        }
        // An authentication verifier, if any, ends the PDU: 8 bytes of sec_trailer plus auth_length.
        int bodyEnd = authLength == 0 ? fragLength : fragLength - authLength - 8;
        if (bodyEnd < BindPdu.HEADER_LENGTH) {
            return new BindReply(BindReply.Kind.NOT_RPC, "auth_length " + authLength + " exceeds the PDU");
        }
        return switch (ptype) {
            case BindPdu.PTYPE_BIND_ACK -> bindAck(b, bodyEnd);
            case BindPdu.PTYPE_BIND_NAK -> bindNak(b, bodyEnd);
            default -> new BindReply(BindReply.Kind.UNEXPECTED, "PDU type " + ptype + " instead of bind_ack");
        };
    }

    private static BindReply bindAck(ByteBuffer b, int end) {
        int offset = BindPdu.HEADER_LENGTH + 8;
        if (offset + 2 > end) {
            return truncated("bind_ack");
        }
        int secAddrLength = Short.toUnsignedInt(b.getShort(offset));
        offset += 2 + secAddrLength;
        offset = (offset + 3) & ~3;
        if (offset + 4 > end) {
            return truncated("bind_ack");
        }
        int nResults = Byte.toUnsignedInt(b.get(offset));
        offset += 4;
        if (nResults == 0) {
            return new BindReply(BindReply.Kind.REJECTED, "bind_ack with an empty result list");
        }
        if (offset + nResults * RESULT_LENGTH > end) {
            return truncated("bind_ack result list");
        }
        int result = Short.toUnsignedInt(b.getShort(offset));
        int reason = Short.toUnsignedInt(b.getShort(offset + 2));
        RpcSyntax transfer = RpcSyntax.readFrom(b, offset + 4);
        int maxXmit = Short.toUnsignedInt(b.getShort(BindPdu.HEADER_LENGTH));
        if (result == 0) {
            if (!transfer.equals(RpcSyntax.NDR)) {
                return new BindReply(BindReply.Kind.REJECTED, "bind_ack accepted an unknown transfer syntax " + transfer);
            }
            return new BindReply(BindReply.Kind.ACCEPTED, "bind_ack accepted the KMS interface (max_xmit_frag "
                    + maxXmit + ", secondary address length " + secAddrLength + ")");
        }
        return new BindReply(BindReply.Kind.REJECTED, "bind_ack result " + result + " (" + name(RESULTS, result)
                + "), reason " + reason + " (" + name(PROVIDER_REASONS, reason) + ")");
    }

    private static BindReply bindNak(ByteBuffer b, int end) {
        if (BindPdu.HEADER_LENGTH + 2 > end) {
            return truncated("bind_nak");
        }
        int reason = Short.toUnsignedInt(b.getShort(BindPdu.HEADER_LENGTH));
        return new BindReply(BindReply.Kind.NAK, "bind_nak reason " + reason + " (" + name(NAK_REASONS, reason) + ")");
    }

    private static BindReply truncated(String what) {
        return new BindReply(BindReply.Kind.NOT_RPC, what + " ends before its fields do");
    }

    /** A reply that is not DCE/RPC, described by its first printable characters (e.g. "HTTP/1.1 400"). */
    public static BindReply notRpc(int length, byte[] bytes, String why) {
        return new BindReply(BindReply.Kind.NOT_RPC, why + (length > 0 ? ": starts with \"" + printable(bytes, length) + "\"" : ""));
    }

    static String printable(byte[] bytes, int length) {
        int n = Math.min(length, 16);
        StringBuilder sb = new StringBuilder();
        String text = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        for (char c : text.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? c : '.');
        }
        return sb.toString();
    }

    private static ByteOrder order(byte[] header) {
        // drep[0] high nibble: 1 = little-endian integers, 0 = big-endian.
        return (header[4] & 0xf0) == 0x10 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    private static String name(String[] names, int code) {
        return code >= 0 && code < names.length ? names[code] : "unknown";
    }
}
