package org.kmstray.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.kmstray.network.HostResolver;
import org.kmstray.network.LoopbackKmsResponder;
import org.kmstray.network.NetworkSnapshot;
import org.kmstray.network.ProbeOutcome;
import org.kmstray.network.ProbeResult;
import org.kmstray.network.TcpKmsProbe;
import org.kmstray.platform.oshi.OshiNetworkSnapshotSource;
import org.kmstray.settings.HostName;

/**
 * Network benchmarks (run through bench/network-bench.sh, which writes docs/bench-network.md).
 * Prints a Markdown table and exits 1 when a target is missed:
 * probe of a loopback responder, median under 20 ms; a host that never answers, the timeout plus at
 * most 100 ms; one network snapshot, under 200 ms.
 */
public final class NetworkBench {
    private static final HostName LOOPBACK = new HostName("127.0.0.1");

    private NetworkBench() {
    }

    public static void main(String[] args) throws Exception {
        TcpKmsProbe probe = new TcpKmsProbe(HostResolver.SYSTEM, (n, t) -> List.of(), List::of, new SplittableRandom());
        List<String> rows = new ArrayList<>();
        boolean ok = true;

        try (LoopbackKmsResponder r = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.BIND_ACK)) {
            for (int i = 0; i < 50; i++) {
                probe.probe(Optional.of(LOOPBACK), r.port(), Duration.ofSeconds(3));
            }
            long[] nanos = new long[500];
            for (int i = 0; i < nanos.length; i++) {
                long s = System.nanoTime();
                ProbeResult res = probe.probe(Optional.of(LOOPBACK), r.port(), Duration.ofSeconds(3));
                nanos[i] = System.nanoTime() - s;
                if (res.outcome() != ProbeOutcome.KMS_ANSWERED) {
                    throw new IllegalStateException("unexpected " + res);
                }
            }
            double median = ms(percentile(nanos, 50));
            boolean pass = median < 20;
            ok &= pass;
            rows.add(row("probe, loopback bind_ack responder (500 runs after 50 warm-up)", "median < 20 ms",
                    String.format("median %.2f ms, p90 %.2f ms, max %.2f ms", median, ms(percentile(nanos, 90)), ms(max(nanos))), pass));
        }

        try (LoopbackKmsResponder silent = LoopbackKmsResponder.start(LoopbackKmsResponder.Mode.SILENT)) {
            ok &= timeoutRow(rows, probe, silent.port(), 1000, 5, "never answers after connecting (SILENT responder)");
            ok &= timeoutRow(rows, probe, silent.port(), 3000, 3, "never answers after connecting (SILENT responder)");
        }

        try (ServerSocket full = fullBacklog()) {
            ok &= timeoutRow(rows, probe, full.getLocalPort(), 1000, 3, "never completes the handshake (full accept queue)");
        }

        OshiNetworkSnapshotSource source = new OshiNetworkSnapshotSource();
        long s0 = System.nanoTime();
        NetworkSnapshot first = source.take();
        long cold = System.nanoTime() - s0;
        long[] warm = new long[50];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            source.take();
            warm[i] = System.nanoTime() - s;
        }
        boolean pass = ms(max(warm)) < 200;
        ok &= pass;
        rows.add("| network snapshot, first in the JVM (class loading, JNA init) | (reported only) | "
                + String.format("%.1f ms, %d adapters", ms(cold), first.adapters().size()) + " | \u2013 |");
        rows.add(row("network snapshot, repeated (50 runs)", "each < 200 ms",
                String.format("median %.1f ms, max %.1f ms", ms(percentile(warm, 50)), ms(max(warm))), pass));

        System.out.println("| measurement | target | result | met |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.exit(ok ? 0 : 1);
    }

    private static boolean timeoutRow(List<String> rows, TcpKmsProbe probe, int port, int timeoutMs, int runs, String what) {
        long worstOver = Long.MIN_VALUE;
        ProbeOutcome outcome = null;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            ProbeResult r = probe.probe(Optional.of(LOOPBACK), port, Duration.ofMillis(timeoutMs));
            long wall = (System.nanoTime() - s) / 1_000_000;
            worstOver = Math.max(worstOver, wall - timeoutMs);
            outcome = r.outcome();
        }
        boolean pass = outcome == ProbeOutcome.TIMEOUT && worstOver <= 100;
        rows.add(row("host that " + what + ", timeout " + timeoutMs + " ms (" + runs + " runs)", "timeout + at most 100 ms",
                "outcome " + outcome + ", worst overrun " + worstOver + " ms", pass));
        return pass;
    }

    /**
     * A listener that never accepts, with its accept queue filled: further SYNs go unanswered on Linux,
     * which is what a host behind a dropping firewall looks like from the client.
     */
    private static ServerSocket fullBacklog() throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 1);
        for (int i = 0; i < 4; i++) {
            Socket c = new Socket();
            try {
                c.connect(s.getLocalSocketAddress(), 200);
            } catch (IOException e) {
                c.close();
                break;
            }
        }
        return s;
    }

    private static String row(String what, String target, String result, boolean pass) {
        return "| " + what + " | " + target + " | " + result + " | " + (pass ? "yes" : "**no**") + " |";
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
