package org.kmstray.network.rpc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Builds a connection-oriented DCE/RPC {@code bind} PDU (C706 §12.6.4.3) offering one presentation
 * context. This is the only thing the KMS probe ever sends: a bind asks whether the interface is
 * served, while the activation request (a {@code request} PDU for opnum 0) would count on the host.
 */
public final class BindPdu {
    public static final int HEADER_LENGTH = 16;
    public static final int RPC_VERSION = 5;
    public static final int RPC_VERSION_MINOR = 0;
    public static final int PTYPE_BIND = 11;
    public static final int PTYPE_BIND_ACK = 12;
    public static final int PTYPE_BIND_NAK = 13;
    /** PFC_FIRST_FRAG | PFC_LAST_FRAG: the whole bind fits in one fragment. */
    public static final int FLAGS_FIRST_AND_LAST = 0x03;
    /** Little-endian integers, ASCII characters, IEEE floating point (C706 §14.1 packed drep). */
    public static final byte[] DREP_LITTLE_ENDIAN = {0x10, 0x00, 0x00, 0x00};
    /** The fragment sizes py-kms and Windows clients offer; the server may lower them in its bind_ack. */
    public static final int MAX_FRAGMENT = 5840;

    private BindPdu() {
    }

    /** The bind for the KMS interface with the NDR transfer syntax, as presentation context 0. */
    public static byte[] kms(int callId) {
        return encode(callId, RpcSyntax.KMS, RpcSyntax.NDR);
    }

    public static byte[] encode(int callId, RpcSyntax abstractSyntax, RpcSyntax transferSyntax) {
        int length = HEADER_LENGTH + 8 + 4 + 4 + RpcSyntax.LENGTH * 2;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) RPC_VERSION);
        b.put((byte) RPC_VERSION_MINOR);
        b.put((byte) PTYPE_BIND);
        b.put((byte) FLAGS_FIRST_AND_LAST);
        b.put(DREP_LITTLE_ENDIAN);
        b.putShort((short) length); // frag_length
        b.putShort((short) 0); // auth_length: the probe does not authenticate
        b.putInt(callId);
        b.putShort((short) MAX_FRAGMENT); // max_xmit_frag
        b.putShort((short) MAX_FRAGMENT); // max_recv_frag
        b.putInt(0); // assoc_group_id: 0 asks for a new association group
        b.put((byte) 1); // n_context_elem
        b.put((byte) 0);
        b.putShort((short) 0);
        b.putShort((short) 0); // p_cont_id
        b.put((byte) 1); // n_transfer_syn
        b.put((byte) 0);
        abstractSyntax.writeTo(b);
        transferSyntax.writeTo(b);
        return b.array();
    }
}
