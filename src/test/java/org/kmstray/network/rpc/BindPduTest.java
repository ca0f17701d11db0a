package org.kmstray.network.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BindPduTest {
    private static final HexFormat HEX = HexFormat.of();

    @Nested
    class TheKmsBind {
        private final byte[] pdu = BindPdu.kms(0x01020304);

        @Test
        void isExactlyTheC706LayoutWithOneContext() {
            // Written out by hand from C706 §12.6.3.1 (common header) and §12.6.4.3 (bind), NDR
            // little-endian: GUID fields time_low/time_mid/time_hi reversed, clock_seq and node as is.
            byte[] expected = HEX.parseHex(""
                    + "05000b03" + "10000000" + "4800" + "0000" + "04030201" // header, frag_length 72, call_id
                    + "d016" + "d016" + "00000000" // max_xmit 5840 (0x16d0), max_recv 5840, assoc_group 0
                    + "01" + "00" + "0000" // one context element, reserved
                    + "0000" + "01" + "00" // p_cont_id 0, one transfer syntax, reserved
                    + "7521c8514e845047b0d8ec255555bc06" + "0100" + "0000" // KMS interface v1.0
                    + "045d888aeb1cc9119fe808002b104860" + "02000000"); // NDR v2
            assertArrayEquals(expected, pdu);
        }

        @Test
        void fragLengthIsTheWholePdu() {
            int fragLength = Short.toUnsignedInt(ByteBuffer.wrap(pdu, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort());
            assertEquals(pdu.length, fragLength);
            assertEquals(72, pdu.length);
        }

        @Test
        void headerSaysVersion5BindFirstAndLastFragmentLittleEndianNoAuth() {
            assertEquals(5, pdu[0]);
            assertEquals(0, pdu[1]);
            assertEquals(11, pdu[2], "PTYPE bind");
            assertEquals(0x03, pdu[3], "PFC_FIRST_FRAG | PFC_LAST_FRAG");
            assertArrayEquals(new byte[] {0x10, 0, 0, 0}, java.util.Arrays.copyOfRange(pdu, 4, 8));
            assertEquals(0, pdu[10]);
            assertEquals(0, pdu[11], "auth_length 0");
        }

        @Test
        void carriesTheCallIdLittleEndian() {
            assertEquals(0x01020304, ByteBuffer.wrap(pdu, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        }
    }

    @Nested
    class Syntaxes {
        @Test
        void aUuidReadsBackAsWritten() {
            ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
            RpcSyntax.KMS.writeTo(b);
            assertEquals(RpcSyntax.KMS, RpcSyntax.readFrom(b, 0));
        }

        @Test
        void bigEndianRepresentationKeepsFieldOrderButNotByteOrder() {
            ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.BIG_ENDIAN);
            RpcSyntax.NDR.writeTo(b);
            assertEquals("8a885d041ceb11c99fe808002b104860" + "00020000", HEX.formatHex(b.array()));
        }
    }
}
