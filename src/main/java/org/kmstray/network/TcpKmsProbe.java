package org.kmstray.network;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.kmstray.network.rpc.BindPdu;
import org.kmstray.network.rpc.BindReply;
import org.kmstray.network.rpc.BindReplyParser;
import org.kmstray.settings.HostName;
import org.kmstray.settings.IpAddressText;

/**
 * Probes a KMS host over TCP with one DCE/RPC bind for the KMS interface and reads the answer.
 *
 * <p>Order of work, all inside one overall deadline: find the targets (the given host on the given
 * port, or the {@code _vlmcs._tcp} SRV records of the first DNS suffix that has any, ordered by
 * priority and weight, each on its own port); resolve each target (A and AAAA); connect to each address
 * in turn, giving each connect an even share of the time left so one silent address cannot starve the
 * next; send the bind; read the reply with whatever time is left. The first accepting bind_ack ends
 * the probe. Otherwise the most telling attempt is reported, in this order: NOT_KMS (something
 * answered), REFUSED (the host is there, the port is closed), TIMEOUT (nothing reachable: no answer,
 * or no route), DNS_FAILED (the name did not resolve, also when the lookup outran the deadline).
 *
 * <p>The probe sends the bind and nothing else: the activation request that follows a bind in a real
 * KMS client would count against the campus host.
 */
public final class TcpKmsProbe implements KmsProbe {
    private static final Logger LOG = Logger.getLogger(TcpKmsProbe.class.getName());
    private static final String SRV_PREFIX = "_vlmcs._tcp.";
    /** A bind_ack is well under 200 bytes; anything claiming more than this is not our answer. */
    private static final int MAX_REPLY = 8192;
    private static final long MIN_CONNECT_SHARE_MS = 1000;

    private final HostResolver resolver;
    private final SrvResolver srv;
    private final Supplier<List<String>> dnsSuffixes;
    /** Not thread-safe by itself; used under its own lock since probes may overlap. */
    private final RandomGenerator random;
    private final AtomicInteger callIds = new AtomicInteger();

    /** The real thing: system resolver, JDK DNS provider for SRV, suffixes from the caller. */
    public TcpKmsProbe(Supplier<List<String>> dnsSuffixes) {
        this(HostResolver.SYSTEM, new JndiSrvResolver(), dnsSuffixes, new SplittableRandom());
    }

    public TcpKmsProbe(HostResolver resolver, SrvResolver srv, Supplier<List<String>> dnsSuffixes, RandomGenerator random) {
        this.resolver = resolver;
        this.srv = srv;
        this.dnsSuffixes = dnsSuffixes;
        this.random = random;
    }

    @Override
    public ProbeResult probe(Optional<HostName> host, int port, Duration timeout) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        Clock clock = new Clock(timeout);
        List<Attempt> attempts = new ArrayList<>();
        List<Target> targets;
        String discoveredFrom = null;
        if (host.isPresent()) {
            targets = List.of(new Target(host.get().value(), port));
        } else {
            Discovery d = discover(clock);
            if (d.targets.isEmpty()) {
                ProbeOutcome outcome = d.dnsFailed ? ProbeOutcome.DNS_FAILED : ProbeOutcome.NO_HOST;
                return new ProbeResult(null, port, outcome, null, clock.elapsedMillis(), d.detail);
            }
            targets = d.targets;
            discoveredFrom = d.detail;
        }
        outer:
        for (Target target : targets) {
            List<InetAddress> addresses;
            try {
                addresses = resolve(target.host, clock);
            } catch (LookupFailure e) {
                attempts.add(new Attempt(target, ProbeOutcome.DNS_FAILED, null, e.getMessage()));
                if (clock.expired()) {
                    break;
                }
                continue;
            }
            for (int i = 0; i < addresses.size(); i++) {
                if (clock.expired()) {
                    attempts.add(new Attempt(target, ProbeOutcome.TIMEOUT, addresses.get(i),
                            "not tried: the " + clock.budgetMillis() + " ms were used up"));
                    break outer;
                }
                Attempt a = attempt(target, addresses.get(i), clock, addresses.size() - i);
                attempts.add(a);
                if (a.outcome == ProbeOutcome.KMS_ANSWERED) {
                    break outer;
                }
            }
        }
        return result(attempts, discoveredFrom, clock);
    }

    private record Target(String host, int port) {
    }

    private record Attempt(Target target, ProbeOutcome outcome, InetAddress address, String detail) {
        String describe() {
            String where = address == null ? target.host : endpoint(address, target.port);
            return where + ": " + detail;
        }
    }

    private static final class Discovery {
        final List<Target> targets = new ArrayList<>();
        boolean dnsFailed;
        String detail;
    }

    private static final class LookupFailure extends Exception {
        private static final long serialVersionUID = 1L;

        LookupFailure(String message) {
            super(message);
        }
    }

    /** Monotonic deadline for one probe. */
    private static final class Clock {
        private final long start = System.nanoTime();
        private final long budgetNanos;

        Clock(Duration timeout) {
            this.budgetNanos = timeout.toNanos();
        }

        long remainingMillis() {
            return Math.max(0, (budgetNanos - (System.nanoTime() - start)) / 1_000_000);
        }

        boolean expired() {
            return remainingMillis() <= 0;
        }

        long elapsedMillis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        long budgetMillis() {
            return budgetNanos / 1_000_000;
        }
    }

    private Discovery discover(Clock clock) {
        Discovery d = new Discovery();
        Set<String> suffixes = new LinkedHashSet<>();
        try {
            for (String s : dnsSuffixes.get()) {
                String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
                t = t.startsWith(".") ? t.substring(1) : t;
                t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
                if (!t.isEmpty()) {
                    suffixes.add(t);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DNS suffixes could not be read", e);
        }
        if (suffixes.isEmpty()) {
            d.detail = "no KMS host is set and this PC has no DNS suffix to search for _vlmcs._tcp";
            return d;
        }
        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (String suffix : suffixes) {
            if (clock.expired()) {
                break;
            }
            String name = SRV_PREFIX + suffix;
            List<SrvRecord> records;
            try {
                long budget = clock.remainingMillis();
                records = TimeBox.call(() -> srv.lookup(name, Duration.ofMillis(budget)), budget);
                answered++;
            } catch (TimeoutException e) {
                failures.add(name + ": no DNS answer within the time left");
                continue;
            } catch (Exception e) {
                failures.add(name + ": " + e.getMessage());
                continue;
            }
            if (!records.isEmpty()) {
                List<SrvRecord> ordered;
                synchronized (random) {
                    ordered = SrvOrder.order(records, random);
                }
                for (SrvRecord r : ordered) {
                    d.targets.add(new Target(r.target(), r.port()));
                }
                d.detail = "found through " + name + " (" + records.size() + " record" + (records.size() == 1 ? "" : "s") + ")";
                return d;
            }
        }
        d.dnsFailed = answered == 0 && !failures.isEmpty();
        d.detail = "no KMS host is set and no _vlmcs._tcp SRV record was found under " + String.join(", ", suffixes)
                + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")");
        return d;
    }

    private List<InetAddress> resolve(String host, Clock clock) throws LookupFailure {
        long budget = clock.remainingMillis();
        try {
            List<InetAddress> found = TimeBox.call(() -> resolver.resolve(host), budget);
            if (found == null || found.isEmpty()) {
                throw new LookupFailure("the name has no address");
            }
            return found;
        } catch (UnknownHostException e) {
            throw new LookupFailure("the name could not be resolved");
        } catch (TimeoutException e) {
            throw new LookupFailure("name resolution did not finish within " + budget + " ms");
        } catch (LookupFailure e) {
            throw e;
        } catch (Exception e) {
            throw new LookupFailure("name resolution failed: " + e.getMessage());
        }
    }

    private Attempt attempt(Target target, InetAddress address, Clock clock, int addressesLeft) {
        long remaining = clock.remainingMillis();
        long share = Math.min(remaining, Math.max(remaining / addressesLeft, MIN_CONNECT_SHARE_MS));
        int callId = callIds.incrementAndGet();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(address, target.port), (int) Math.max(1, share));
            } catch (SocketTimeoutException e) {
                return new Attempt(target, ProbeOutcome.TIMEOUT, address, "no connection within " + share + " ms");
            } catch (ConnectException e) {
                String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                if (m.contains("refused")) {
                    return new Attempt(target, ProbeOutcome.REFUSED, address, "connection refused");
                }
                // "Network is unreachable", "Connection timed out" from the OS: nothing to reach.
                return new Attempt(target, ProbeOutcome.TIMEOUT, address, "not reachable (" + e.getMessage() + ")");
            } catch (IOException e) {
                return new Attempt(target, ProbeOutcome.TIMEOUT, address, "not reachable (" + e.getMessage() + ")");
            }
            socket.setTcpNoDelay(true);
            return exchange(target, address, socket, callId, clock);
        } catch (SocketTimeoutException e) {
            return new Attempt(target, ProbeOutcome.TIMEOUT, address,
                    "connected, but no reply within the " + clock.budgetMillis() + " ms");
        } catch (EOFException e) {
            return new Attempt(target, ProbeOutcome.NOT_KMS, address, e.getMessage());
        } catch (IOException e) {
            return new Attempt(target, ProbeOutcome.NOT_KMS, address, "connected, then " + e.getMessage());
        }
    }

    private Attempt exchange(Target target, InetAddress address, Socket socket, int callId, Clock clock) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(BindPdu.kms(callId));
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] header = new byte[BindPdu.HEADER_LENGTH];
        int n = 0;
        while (n < header.length) {
            int r = read(socket, in, header, n, header.length - n, clock);
            if (r < 0) {
                throw new EOFException(n == 0 ? "connected, but the server closed without a reply"
                        : "the reply ended after " + n + " bytes");
            }
            n += r;
            if (!BindReplyParser.mayStartPdu(header, n)) {
                BindReply notRpc = BindReplyParser.notRpc(n, header, "the reply is not DCE/RPC");
                return new Attempt(target, ProbeOutcome.NOT_KMS, address, notRpc.detail());
            }
        }
        int fragLength = BindReplyParser.fragmentLength(header);
        if (fragLength < BindPdu.HEADER_LENGTH || fragLength > MAX_REPLY) {
            return new Attempt(target, ProbeOutcome.NOT_KMS, address, "implausible frag_length " + fragLength);
        }
        byte[] pdu = Arrays.copyOf(header, fragLength);
        while (n < fragLength) {
            int r = read(socket, in, pdu, n, fragLength - n, clock);
            if (r < 0) {
                throw new EOFException("the reply ended after " + n + " of " + fragLength + " bytes");
            }
            n += r;
        }
        BindReply reply = BindReplyParser.parse(pdu, callId);
        return new Attempt(target, reply.accepted() ? ProbeOutcome.KMS_ANSWERED : ProbeOutcome.NOT_KMS, address, reply.detail());
    }

    /** One read that gives up at the probe's deadline, not at a fresh timeout per read. */
    private static int read(Socket socket, InputStream in, byte[] buf, int off, int len, Clock clock) throws IOException {
        long remaining = clock.remainingMillis();
        if (remaining <= 0) {
            throw new SocketTimeoutException("deadline reached");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remaining));
        return in.read(buf, off, len);
    }

    private ProbeResult result(List<Attempt> attempts, String discoveredFrom, Clock clock) {
        Attempt best = attempts.stream().min(Comparator.comparingInt(a -> rank(a.outcome))).orElseThrow();
        String detail = attempts.size() == 1 ? best.describe()
                : attempts.stream().map(Attempt::describe).collect(Collectors.joining("; "));
        if (discoveredFrom != null) {
            detail = best.target.host + " " + discoveredFrom + "; " + detail;
        }
        ProbeResult r = new ProbeResult(best.target.host, best.target.port, best.outcome,
                best.address == null ? null : IpAddressText.of(best.address), clock.elapsedMillis(), detail);
        LOG.fine(() -> "probe " + r);
        return r;
    }

    private static int rank(ProbeOutcome o) {
        return switch (o) {
            case KMS_ANSWERED -> 0;
            case NOT_KMS -> 1;
            case REFUSED -> 2;
            case TIMEOUT -> 3;
            case DNS_FAILED -> 4;
            case NO_HOST -> 5;
        };
    }

    static String endpoint(InetAddress address, int port) {
        String a = IpAddressText.of(address);
        return (address instanceof Inet6Address ? "[" + a + "]" : a) + ":" + port;
    }
}
