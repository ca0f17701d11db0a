package org.kmstray.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server on 127.0.0.1 (UDP, port chosen by the OS) that answers SRV questions from a fixed
 * table, NXDOMAIN for other names, or stays silent. Messages follow RFC 1035 §4.1 with SRV RDATA from
 * RFC 2782; just enough for the JDK's DNS provider.
 */
final class FakeDnsServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<String, List<SrvRecord>> srv;
    private final boolean silent;
    private final AtomicInteger queries = new AtomicInteger();

    FakeDnsServer(Map<String, List<SrvRecord>> srv, boolean silent) throws IOException {
        this.srv = srv;
        this.silent = silent;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        Thread t = new Thread(this::serve, "fake-dns");
        t.setDaemon(true);
        t.start();
    }

    String url() {
        return "dns://127.0.0.1:" + socket.getLocalPort();
    }

    int queries() {
        return queries.get();
    }

    @Override
    public void close() {
        socket.close();
    }

    private void serve() {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                queries.incrementAndGet();
                if (silent) {
                    continue;
                }
                byte[] answer = answer(ByteBuffer.wrap(p.getData(), 0, p.getLength()));
                socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
            } catch (SocketException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // a malformed query: ignore it, as a real server would
            }
        }
    }

    private byte[] answer(ByteBuffer q) {
        int id = Short.toUnsignedInt(q.getShort(0));
        int pos = 12;
        StringBuilder name = new StringBuilder();
        while (q.get(pos) != 0) {
            int len = q.get(pos);
            if (name.length() > 0) {
                name.append('.');
            }
            for (int i = 1; i <= len; i++) {
                name.append((char) q.get(pos + i));
            }
            pos += len + 1;
        }
        int questionEnd = pos + 1 + 4;
        List<SrvRecord> records = srv.get(name.toString().toLowerCase(java.util.Locale.ROOT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(12);
        h.putShort((short) id);
        h.putShort((short) (records == null ? 0x8183 : 0x8180)); // response, RD, RA; rcode 3 = NXDOMAIN
        h.putShort((short) 1).putShort((short) (records == null ? 0 : records.size())).putShort((short) 0).putShort((short) 0);
        out.writeBytes(h.array());
        out.write(q.array(), 12, questionEnd - 12);
        if (records != null) {
            for (SrvRecord r : records) {
                byte[] target = labels(r.target());
                ByteBuffer a = ByteBuffer.allocate(12 + 6 + target.length);
                a.putShort((short) 0xc00c).putShort((short) 33).putShort((short) 1).putInt(60);
                a.putShort((short) (6 + target.length));
                a.putShort((short) r.priority()).putShort((short) r.weight()).putShort((short) r.port()).put(target);
                out.writeBytes(a.array());
            }
        }
        return out.toByteArray();
    }

    private static byte[] labels(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!name.isEmpty()) {
            for (String label : name.split("\\.")) {
                out.write(label.length());
                out.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        out.write(0);
        return out.toByteArray();
    }
}
