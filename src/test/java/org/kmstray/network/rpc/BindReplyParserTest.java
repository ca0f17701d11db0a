package org.kmstray.network.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.network.LoopbackKmsResponder;

class BindReplyParserTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final UUID NDR = LoopbackKmsResponder.NDR;

    /**
     * A bind_ack written out by hand from C706 §12.6.4.4: call_id 7, secondary address "1688" plus NUL
     * (5 bytes, ending at offset 31, so one byte of padding), one result accepting NDR v2.
     */
    static final String HAND_WRITTEN_ACK = ""
            + "05000c03" + "10000000" + "3c00" + "0000" + "07000000"
            + "d016" + "d016" + "34120000"
            + "0500" + "3136383800" + "00"
            + "01" + "00" + "0000"
            + "0000" + "0000" + "045d888aeb1cc9119fe808002b104860" + "02000000";

    @Nested
    class AnAcceptingBindAck {
        @Test
        void handWrittenFromTheSpecIsAccepted() {
            BindReply r = BindReplyParser.parse(HEX.parseHex(HAND_WRITTEN_ACK), 7);
            assertEquals(BindReply.Kind.ACCEPTED, r.kind(), r.detail());
            assertTrue(r.detail().contains("max_xmit_frag 5840"), r.detail());
        }

        @ParameterizedTest(name = "secondary address \"{0}\"")
        @ValueSource(strings = {"", "1", "135", "1688", "49155", "1234567"})
        void isFoundAfterAnySecondaryAddressLengthAndItsPadding(String address) {
            byte[] ack = LoopbackKmsResponder.bindAck(9, address, 0, 0, NDR, 2);
            assertEquals(0, ack.length % 4, "the result list is 4-byte aligned and 24 bytes per result");
            assertEquals(BindReply.Kind.ACCEPTED, BindReplyParser.parse(ack, 9).kind());
        }

        @Test
        void inBigEndianRepresentationIsReadByTheServersDrep() {
            byte[] le = HEX.parseHex(HAND_WRITTEN_ACK);
            ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer out = ByteBuffer.allocate(le.length).order(ByteOrder.BIG_ENDIAN);
            out.put(le, 0, 4).put(new byte[] {0, 0, 0, 0});
            out.putShort(in.getShort(8)).putShort(in.getShort(10)).putInt(in.getInt(12));
            out.putShort(in.getShort(16)).putShort(in.getShort(18)).putInt(in.getInt(20));
            out.putShort(in.getShort(24)).put(le, 26, 6);
            out.put(le, 32, 4);
            out.putShort(in.getShort(36)).putShort(in.getShort(38));
            RpcSyntax.NDR.writeTo(out);
            assertEquals(BindReply.Kind.ACCEPTED, BindReplyParser.parse(out.array(), 7).kind());
        }
    }

    @Nested
    class NotAnAcceptance {
        @Test
        void providerRejectionIsRejectedWithItsReason() {
            BindReply r = BindReplyParser.parse(LoopbackKmsResponder.bindAck(3, "", 2, 1, new UUID(0, 0), 0), 3);
            assertEquals(BindReply.Kind.REJECTED, r.kind());
            assertEquals("bind_ack result 2 (provider rejection), reason 1 (abstract syntax not supported)", r.detail());
        }

        @Test
        void acceptanceOfAnUnknownTransferSyntaxIsNoAcceptance() {
            BindReply r = BindReplyParser.parse(LoopbackKmsResponder.bindAck(3, "1688", 0, 0, NDR, 1), 3);
            assertEquals(BindReply.Kind.REJECTED, r.kind());
        }

        @Test
        void bindNakIsReportedWithItsReason() {
            BindReply r = BindReplyParser.parse(LoopbackKmsResponder.bindNak(5, 4), 5);
            assertEquals(BindReply.Kind.NAK, r.kind());
            assertEquals("bind_nak reason 4 (protocol version not supported)", r.detail());
        }

        @Test
        void aReplyToAnotherCallIsUnexpected() {
            assertEquals(BindReply.Kind.UNEXPECTED, BindReplyParser.parse(HEX.parseHex(HAND_WRITTEN_ACK), 8).kind());
        }

        @Test
        void anotherPduTypeIsUnexpected() {
            byte[] fault = HEX.parseHex(HAND_WRITTEN_ACK);
            fault[2] = 3;
            BindReply r = BindReplyParser.parse(fault, 7);
            assertEquals(BindReply.Kind.UNEXPECTED, r.kind());
            assertEquals("PDU type 3 instead of bind_ack", r.detail());
        }

        @Test
        void anEmptyResultListIsARejection() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            ack[32] = 0;
            assertEquals(BindReply.Kind.REJECTED, BindReplyParser.parse(ack, 7).kind());
        }
    }

    @Nested
    class Garbage {
        @Test
        void anHttpResponseIsNotRpcAndQuoted() {
            byte[] http = "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            BindReply r = BindReplyParser.parse(http, 1);
            assertEquals(BindReply.Kind.NOT_RPC, r.kind());
            assertTrue(r.detail().contains("\"HTTP/1.1 400 Bad\""), r.detail());
        }

        @Test
        void aFragLengthThatDisagreesWithTheBytesIsNotRpc() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(Arrays.copyOf(ack, ack.length - 4), 7).kind());
        }

        @Test
        void aResultListThatRunsPastTheEndIsNotRpc() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            ack[32] = 2; // claims two results, holds one
            BindReply r = BindReplyParser.parse(ack, 7);
            assertEquals(BindReply.Kind.NOT_RPC, r.kind());
        }

        @Test
        void aSecondaryAddressLengthPastTheEndIsNotRpc() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            ack[24] = (byte) 0xff;
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(ack, 7).kind());
        }

        @Test
        void anAuthLengthLargerThanThePduIsNotRpc() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            ack[10] = 0x70;
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(ack, 7).kind());
        }

        @Test
        void nullShortAndEmptyInputsNeverThrow() {
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(null, 1).kind());
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(new byte[0], 1).kind());
            assertEquals(BindReply.Kind.NOT_RPC, BindReplyParser.parse(new byte[] {5, 0, 12}, 1).kind());
        }

        @Test
        void everyTruncationOfAValidAckIsHandledWithoutThrowing() {
            byte[] ack = HEX.parseHex(HAND_WRITTEN_ACK);
            for (int n = 0; n < ack.length; n++) {
                byte[] cut = Arrays.copyOf(ack, n);
                if (n >= 10) {
                    ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putShort(8, (short) n);
                }
                assertFalse(BindReplyParser.parse(cut, 7).accepted(), "length " + n);
            }
        }
    }

    @Nested
    class EarlyRecognition {
        @Test
        void aFirstByteOtherThanVersion5EndsTheWait() {
            assertFalse(BindReplyParser.mayStartPdu(new byte[] {'H'}, 1));
            assertTrue(BindReplyParser.mayStartPdu(new byte[] {5}, 1));
            assertFalse(BindReplyParser.mayStartPdu(new byte[] {5, 7}, 2));
            assertTrue(BindReplyParser.mayStartPdu(new byte[0], 0));
        }
    }
}
