package org.kmstray.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in server on the loopback interface (127.0.0.1 or ::1, port chosen by the OS) that answers a
 * DCE/RPC bind in one of several ways, and records every byte a client sent on each connection so
 * tests can check the probe sent one bind and nothing more.
 *
 * <p>The PDUs it sends are built here, independently of the production encoder, from DCE/RPC C706
 * §12.6.4.4 (bind_ack) and §12.6.4.5 (bind_nak), little-endian data representation.
 */
public final class LoopbackKmsResponder implements AutoCloseable {
    /** How the responder answers. */
    public enum Mode {
        /** A bind_ack accepting context 0 with NDR, secondary address "1688". */
        BIND_ACK,
        /** A bind_ack whose result is provider rejection, abstract syntax not supported. */
        BIND_ACK_REJECTING,
        /** A bind_nak, reason 4 (protocol version not supported). */
        BIND_NAK,
        /** An HTTP/1.1 400 response, as a web server on the port would send. */
        HTTP,
        /** Bytes that are not DCE/RPC. */
        GARBAGE,
        /** Accepts, reads, and never answers. */
        SILENT,
        /** Accepts and closes at once without reading. */
        CLOSE_AT_ONCE
    }

    public static final UUID NDR = UUID.fromString("8a885d04-1ceb-11c9-9fe8-08002b104860");

    private final ServerSocket server;
    private final Mode mode;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstConnectionDone = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread acceptor;

    private LoopbackKmsResponder(InetAddress bindAddress, Mode mode) throws IOException {
        this.mode = mode;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(bindAddress, 0));
        acceptor = new Thread(this::acceptLoop, "loopback-kms-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A responder on 127.0.0.1. */
    public static LoopbackKmsResponder start(Mode mode) throws IOException {
        return new LoopbackKmsResponder(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), mode);
    }

    /** A responder on ::1; fails when the machine has no IPv6 loopback. */
    public static LoopbackKmsResponder startIpv6(Mode mode) throws IOException {
        byte[] one = new byte[16];
        one[15] = 1;
        return new LoopbackKmsResponder(InetAddress.getByAddress(one), mode);
    }

    /** A port on 127.0.0.1 that nothing listens on: bound by the OS, then released. */
    public static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            return s.getLocalPort();
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    /** The bytes each connection sent, in order of connection; complete once the client has closed it. */
    public List<byte[]> received() {
        return List.copyOf(received);
    }

    /** How many connections were accepted so far. */
    public int connections() {
        return accepted.get();
    }

    /** Waits until the first connection has been closed by the client (or the wait runs out). */
    public boolean awaitFirstConnection(long millis) throws InterruptedException {
        return firstConnectionDone.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepted.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "loopback-kms-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (s) {
            if (mode == Mode.CLOSE_AT_ONCE) {
                return;
            }
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            byte[] bind = readPdu(in, got);
            if (bind == null) {
                return;
            }
            int callId = ByteBuffer.wrap(bind, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            byte[] reply = switch (mode) {
                case BIND_ACK -> bindAck(callId, "1688", 0, 0, NDR, 2);
                case BIND_ACK_REJECTING -> bindAck(callId, "", 2, 1, new UUID(0, 0), 0);
                case BIND_NAK -> bindNak(callId, 4);
                case HTTP -> "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII);
                case GARBAGE -> new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 1, 2, 3};
                case SILENT, CLOSE_AT_ONCE -> null;
            };
            if (reply != null) {
                out.write(reply);
                out.flush();
            }
            // Keep reading until the client closes, so anything it sends after the bind is recorded.
            byte[] buf = new byte[512];
            int r;
            while ((r = in.read(buf)) >= 0) {
                got.write(buf, 0, r);
            }
        } catch (SocketException e) {
            // closed by close() or reset by the client: what was read so far is kept
        } catch (IOException e) {
            // same
        } finally {
            received.add(got.toByteArray());
            firstConnectionDone.countDown();
        }
    }

    /** Reads one PDU (header, then the rest up to frag_length); null when the client closed first. */
    private static byte[] readPdu(InputStream in, ByteArrayOutputStream got) throws IOException {
        byte[] header = in.readNBytes(16);
        got.write(header);
        if (header.length < 16) {
            return null;
        }
        int fragLength = Short.toUnsignedInt(ByteBuffer.wrap(header, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort());
        byte[] rest = in.readNBytes(Math.max(0, fragLength - 16));
        got.write(rest);
        byte[] pdu = new byte[16 + rest.length];
        System.arraycopy(header, 0, pdu, 0, 16);
        System.arraycopy(rest, 0, pdu, 16, rest.length);
        return pdu;
    }

    /**
     * A bind_ack with one result. {@code secondaryAddress} is sent with its terminating NUL (length 0
     * when empty), then padding to a 4-byte boundary, then the result list.
     */
    public static byte[] bindAck(int callId, String secondaryAddress, int result, int reason, UUID transfer, int transferVersion) {
        byte[] port = secondaryAddress.isEmpty() ? new byte[0]
                : (secondaryAddress + "\0").getBytes(StandardCharsets.US_ASCII);
        int afterAddress = 16 + 8 + 2 + port.length;
        int padded = (afterAddress + 3) / 4 * 4;
        int length = padded + 4 + 24;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        header(b, 12, length, callId);
        b.putShort((short) 5840).putShort((short) 5840).putInt(0x1234);
        b.putShort((short) port.length).put(port);
        b.position(padded);
        b.put((byte) 1).put((byte) 0).putShort((short) 0);
        b.putShort((short) result).putShort((short) reason);
        uuid(b, transfer);
        b.putInt(transferVersion);
        return b.array();
    }

    public static byte[] bindNak(int callId, int reason) {
        ByteBuffer b = ByteBuffer.allocate(16 + 2 + 1 + 2).order(ByteOrder.LITTLE_ENDIAN);
        header(b, 13, 21, callId);
        b.putShort((short) reason);
        b.put((byte) 1); // one supported protocol version follows: 5.0
        b.put((byte) 5).put((byte) 0);
        return b.array();
    }

    private static void header(ByteBuffer b, int ptype, int length, int callId) {
        b.put((byte) 5).put((byte) 0).put((byte) ptype).put((byte) 3);
        b.put((byte) 0x10).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putShort((short) length).putShort((short) 0).putInt(callId);
    }

    private static void uuid(ByteBuffer b, UUID id) {
        long msb = id.getMostSignificantBits();
        b.putInt((int) (msb >>> 32)).putShort((short) (msb >>> 16)).putShort((short) msb);
        long lsb = id.getLeastSignificantBits();
        for (int shift = 56; shift >= 0; shift -= 8) {
            b.put((byte) (lsb >>> shift));
        }
    }
}
