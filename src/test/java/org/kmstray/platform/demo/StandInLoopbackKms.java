package org.kmstray.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.renewal.KmsProbe;
import org.kmstray.settings.HostName;

/**
 * Stand-ins until the network probe and its loopback KMS responder are on main: a loopback server that
 * answers one byte to whatever it is sent, and a probe that counts that answer as "KMS answered". They
 * exercise the demo path over a real loopback socket; the real DCE/RPC bind belongs to the network code.
 */
public final class StandInLoopbackKms implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;

    public StandInLoopbackKms() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::serve, "stand-in-kms");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(2000);
                InputStream in = s.getInputStream();
                if (in.read() >= 0) {
                    OutputStream out = s.getOutputStream();
                    out.write(0x0c);
                    out.flush();
                }
            } catch (IOException e) {
                // closed, or a client that went away: keep serving until closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** A port on loopback with nothing listening. */
    public static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        }
    }

    public static final KmsProbe PROBE = (Optional<HostName> host, int port, Duration timeout) -> {
        long start = System.nanoTime();
        if (host.isEmpty()) {
            return new ProbeResult(null, port, ProbeOutcome.NO_HOST, null, 0, "no host");
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host.get().value(), port), (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            s.getOutputStream().write(5);
            s.getOutputStream().flush();
            ProbeOutcome o = s.getInputStream().read() == 0x0c ? ProbeOutcome.KMS_ANSWERED : ProbeOutcome.NOT_KMS;
            return new ProbeResult(host.get().value(), port, o, host.get().value(), (System.nanoTime() - start) / 1_000_000, "");
        } catch (java.net.SocketTimeoutException e) {
            return new ProbeResult(host.get().value(), port, ProbeOutcome.TIMEOUT, host.get().value(), timeout.toMillis(), "");
        } catch (IOException e) {
            return new ProbeResult(host.get().value(), port, ProbeOutcome.REFUSED, host.get().value(), 0, e.getMessage());
        }
    };
}
