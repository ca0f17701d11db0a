package org.kmstray.network.rpc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the {@code bind_ack} PDU (C706 §12.6.4.4) a KMS host sends when it serves the interface a bind
 * asked for: one result, "acceptance", with the NDR transfer syntax. Only the demo mode's simulated
 * campus KMS host answers binds; the probe itself never sends one of these.
 */
public final class BindAckPdu {
    /** The port a KMS host names as its secondary address. */
    private static final String SECONDARY_ADDRESS = "1688";

    private BindAckPdu() {
    }

    /** Whether {@code header} (at least 16 bytes) starts a version 5.0 bind PDU. */
    public static boolean isBind(byte[] header) {
        return header.length >= BindPdu.HEADER_LENGTH && header[0] == BindPdu.RPC_VERSION
                && header[1] == BindPdu.RPC_VERSION_MINOR && header[2] == BindPdu.PTYPE_BIND;
    }

    /** The fragment length a PDU header announces. */
    public static int fragmentLength(byte[] header) {
        return Short.toUnsignedInt(ByteBuffer.wrap(header, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort());
    }

    /** The call id a PDU header carries, which the reply must repeat. */
    public static int callId(byte[] header) {
        return ByteBuffer.wrap(header, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** The acceptance of presentation context 0 for the call {@code callId}. */
    public static byte[] accepting(int callId) {
        byte[] address = (SECONDARY_ADDRESS + "\0").getBytes(StandardCharsets.US_ASCII);
        int afterAddress = BindPdu.HEADER_LENGTH + 8 + 2 + address.length;
        int padded = (afterAddress + 3) / 4 * 4; // the result list starts 4-byte aligned
        int length = padded + 4 + 4 + RpcSyntax.LENGTH;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) BindPdu.RPC_VERSION).put((byte) BindPdu.RPC_VERSION_MINOR).put((byte) BindPdu.PTYPE_BIND_ACK)
                .put((byte) BindPdu.FLAGS_FIRST_AND_LAST).put(BindPdu.DREP_LITTLE_ENDIAN);
        b.putShort((short) length).putShort((short) 0).putInt(callId);
        b.putShort((short) BindPdu.MAX_FRAGMENT).putShort((short) BindPdu.MAX_FRAGMENT);
        b.putInt(1); // assoc_group_id: the new group the host opened
        b.putShort((short) address.length).put(address);
        b.position(padded);
        b.put((byte) 1).put((byte) 0).putShort((short) 0); // n_results, reserved
        b.putShort((short) 0).putShort((short) 0); // result: acceptance, reason: none
        RpcSyntax.NDR.writeTo(b);
        return b.array();
    }
}
