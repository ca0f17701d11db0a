package org.kmstray.network.rpc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * A DCE/RPC presentation syntax identifier ({@code p_syntax_id_t} in C706 §12.6.3.1): an interface UUID
 * with a version, 20 bytes on the wire.
 *
 * <p>The version is one 32-bit field holding the major version in its low 16 bits and the minor version
 * in its high 16 bits, which is what "u16 major, u16 minor" gives in little-endian order.
 */
public record RpcSyntax(UUID uuid, int major, int minor) {
    public static final int LENGTH = 20;

    /** The KMS activation interface: {@code 51c82175-844e-4750-b0d8-ec255555bc06} version 1.0. */
    public static final RpcSyntax KMS = new RpcSyntax(UUID.fromString("51c82175-844e-4750-b0d8-ec255555bc06"), 1, 0);

    /** The NDR transfer syntax (32-bit NDR): {@code 8a885d04-1ceb-11c9-9fe8-08002b104860} version 2. */
    public static final RpcSyntax NDR = new RpcSyntax(UUID.fromString("8a885d04-1ceb-11c9-9fe8-08002b104860"), 2, 0);

    public RpcSyntax {
        if (major < 0 || major > 0xffff || minor < 0 || minor > 0xffff) {
            throw new IllegalArgumentException("version out of range: " + major + "." + minor);
        }
    }

    /** Writes the 20 bytes in the buffer's byte order (the PDU's data representation). */
    void writeTo(ByteBuffer buffer) {
        writeUuid(uuid, buffer);
        buffer.putShort((short) major);
        buffer.putShort((short) minor);
    }

    /** Reads 20 bytes at {@code offset} in the buffer's byte order. */
    static RpcSyntax readFrom(ByteBuffer buffer, int offset) {
        UUID id = readUuid(buffer, offset);
        int major = Short.toUnsignedInt(buffer.getShort(offset + 16));
        int minor = Short.toUnsignedInt(buffer.getShort(offset + 18));
        return new RpcSyntax(id, major, minor);
    }

    /**
     * NDR {@code uuid_t}: time_low (u32), time_mid (u16), time_hi_and_version (u16) in the integer byte
     * order of the data representation, then clock_seq and node as eight plain bytes.
     */
    static void writeUuid(UUID id, ByteBuffer buffer) {
        long msb = id.getMostSignificantBits();
        buffer.putInt((int) (msb >>> 32));
        buffer.putShort((short) (msb >>> 16));
        buffer.putShort((short) msb);
        long lsb = id.getLeastSignificantBits();
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer.put((byte) (lsb >>> shift));
        }
    }

    static UUID readUuid(ByteBuffer buffer, int offset) {
        long timeLow = Integer.toUnsignedLong(buffer.getInt(offset));
        long timeMid = Short.toUnsignedLong(buffer.getShort(offset + 4));
        long timeHi = Short.toUnsignedLong(buffer.getShort(offset + 6));
        long lsb = ByteBuffer.wrap(bytes(buffer, offset + 8, 8)).order(ByteOrder.BIG_ENDIAN).getLong();
        return new UUID((timeLow << 32) | (timeMid << 16) | timeHi, lsb);
    }

    private static byte[] bytes(ByteBuffer buffer, int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = buffer.get(offset + i);
        }
        return out;
    }

    @Override
    public String toString() {
        return uuid + " v" + major + "." + minor;
    }
}
