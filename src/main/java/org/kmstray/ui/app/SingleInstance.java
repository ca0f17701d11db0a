package org.kmstray.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One tray app per user. The first instance holds a lock on {@code instance.lock} in the per-user folder and
 * listens on a loopback port written, with a random token, to {@code instance.port}. A later start finds the
 * lock taken, sends {@code SHOW <token>} to that port, and the first instance brings up its status window.
 * The lock goes away with the process, so a crash never leaves the app unable to start.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final int TIMEOUT_MILLIS = 2000;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;

    private SingleInstance(Path folder, FileChannel channel, FileLock lock, ServerSocket server, String token) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.token = token;
    }

    /** What claiming found. */
    public sealed interface Claim permits First, Running {
    }

    /** This is the only instance; close it at exit. */
    public record First(SingleInstance instance) implements Claim {
    }

    /** Another instance runs; {@code told} says whether it confirmed it will show its status window. */
    public record Running(boolean told) implements Claim {
    }

    /**
     * Claims the app for this process, or asks the running instance to show itself.
     *
     * @param onShow run (on the listener thread) when a later start asks this instance to show itself
     */
    public static Claim claim(Path folder, Runnable onShow) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return new Running(tellRunning(folder));
        }
        String token = HexFormat.of().formatHex(random());
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Path tmp = folder.resolve(PORT_FILE + ".tmp");
            Files.writeString(tmp, server.getLocalPort() + " " + token + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, folder.resolve(PORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(folder, channel, lock, server, token);
        Thread listener = new Thread(() -> instance.listen(onShow), "kmstray-instance");
        listener.setDaemon(true);
        listener.start();
        return new First(instance);
    }

    private static byte[] random() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private void listen(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MILLIS);
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                OutputStream out = s.getOutputStream();
                if (("SHOW " + token).equals(line)) {
                    out.write("OK\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    onShow.run();
                } else {
                    out.write("NO\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.fine("An instance request failed: " + e.getMessage());
                }
            }
        }
    }

    /** Tells the running instance to show itself; false when it did not answer (it may still be starting). */
    static boolean tellRunning(Path folder) {
        // The first instance writes its port right after taking the lock; give a racing start a moment.
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<String[]> address = readPortFile(folder);
            if (address.isPresent() && send(Integer.parseInt(address.get()[0]), address.get()[1])) {
                return true;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The port and token the running instance wrote; empty when missing or damaged (a port beyond 65535 included). */
    static Optional<String[]> readPortFile(Path folder) {
        try {
            String[] parts = Files.readString(folder.resolve(PORT_FILE), StandardCharsets.US_ASCII).trim().split(" ");
            if (parts.length == 2 && parts[0].matches("\\d{1,5}") && parts[1].matches("[0-9a-f]{32}")) {
                int port = Integer.parseInt(parts[0]);
                if (port >= 1 && port <= 65535) {
                    return Optional.of(parts);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not written yet
        }
        return Optional.empty();
    }

    private static boolean send(int port, String token) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            s.setSoTimeout(TIMEOUT_MILLIS);
            s.getOutputStream().write(("SHOW " + token + "\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return "OK".equals(reply);
        } catch (IOException | RuntimeException e) {
            // A damaged port file must not stop the app from starting.
            return false;
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(folder.resolve(PORT_FILE));
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock dies with the process
        }
    }
}
