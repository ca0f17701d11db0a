package org.kmstray.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kmstray.network.rpc.BindAckPdu;
import org.kmstray.network.rpc.BindPdu;

/**
 * The demo PC's campus KMS host: a listener on 127.0.0.1 that accepts the KMS probe's bind, so a renewal in
 * demo mode with no KMS host configured goes the whole way (probe, gate, activation, verification) and
 * ends renewed, as it would on campus. It answers binds only and never sees anything else, because the
 * probe sends nothing else. One connection at a time, each bounded by a read timeout.
 */
public final class DemoKmsHost implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DemoKmsHost.class.getName());
    private static final int READ_TIMEOUT_MILLIS = 5_000;
    /** A bind for one context is 72 bytes; anything far larger is not a probe. */
    private static final int MAX_PDU = 1024;

    private final ServerSocket server;

    private DemoKmsHost(ServerSocket server) {
        this.server = server;
        Thread t = new Thread(this::acceptLoop, "kmstray-demo-kms-host");
        t.setDaemon(true);
        t.start();
    }

    /** Listens on a port of 127.0.0.1 the system picks. */
    public static DemoKmsHost start() throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        return new DemoKmsHost(s);
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(READ_TIMEOUT_MILLIS);
                answer(s);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "demo KMS host: connection ended", e);
                }
            }
        }
    }

    private static void answer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        byte[] header = in.readNBytes(BindPdu.HEADER_LENGTH);
        if (!BindAckPdu.isBind(header)) {
            return;
        }
        int length = BindAckPdu.fragmentLength(header);
        if (length < BindPdu.HEADER_LENGTH || length > MAX_PDU) {
            return;
        }
        in.readNBytes(length - BindPdu.HEADER_LENGTH);
        s.getOutputStream().write(BindAckPdu.accepting(BindAckPdu.callId(header)));
        s.getOutputStream().flush();
    }
}
